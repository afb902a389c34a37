package eu.credentialgateway.deliver;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class DeliveryStoreH2Test extends DeliveryStoreContract {
    @Override
    DataSource dataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:delivery-store;DB_CLOSE_DELAY=-1");
        return h2;
    }
}
