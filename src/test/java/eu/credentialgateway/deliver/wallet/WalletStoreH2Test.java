package eu.credentialgateway.deliver.wallet;

import eu.credentialgateway.MigratedDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wallet tables on the embedded default: an H2 file database, migrated by Flyway. */
class WalletStoreH2Test extends WalletStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2File();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
