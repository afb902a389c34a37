package eu.credentialgateway.deliver;

import eu.credentialgateway.MigratedDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox tables on the embedded default: an H2 file database, migrated by Flyway. */
class DeliveryStoreH2Test extends DeliveryStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2File();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
