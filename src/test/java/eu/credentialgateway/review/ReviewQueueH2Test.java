package eu.credentialgateway.review;

import eu.credentialgateway.MigratedDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The review queue on the embedded default: an H2 file database, migrated by Flyway. */
class ReviewQueueH2Test extends ReviewQueueContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2File();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
