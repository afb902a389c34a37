package eu.credentialgateway.deliver;

import eu.credentialgateway.MigratedDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox tables on a real PostgreSQL server, migrated by the same Flyway scripts. */
class DeliveryStorePostgresTest extends DeliveryStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
