package eu.credentialgateway.deliver.wallet;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The wallet tables on H2, the embedded database. */
class WalletStoreH2Test extends WalletStoreContract {
    @Override
    DataSource dataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:wallet-store;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }
}
