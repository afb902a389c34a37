package eu.credentialgateway.review;

import eu.credentialgateway.MigratedDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The review queue on a real PostgreSQL server, migrated by the same Flyway scripts. */
class ReviewQueuePostgresTest extends ReviewQueueContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
