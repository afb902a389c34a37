package eu.credentialgateway.deliver.wallet;

import eu.credentialgateway.MigratedDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wallet tables on a real PostgreSQL server, migrated by the same Flyway scripts. */
class WalletStorePostgresTest extends WalletStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
