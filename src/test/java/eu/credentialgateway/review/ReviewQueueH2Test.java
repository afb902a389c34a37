package eu.credentialgateway.review;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The review queue on the embedded default: an H2 file database, migrated by Flyway. */
class ReviewQueueH2Test extends ReviewQueueContract {
    @TempDir
    static Path home;
    static JdbcDataSource h2;

    @BeforeAll
    static void startDatabase() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + home.resolve("data/audit") + ";DB_CLOSE_DELAY=-1");
        migrate(h2);
    }

    @Override
    DataSource dataSource() {
        return h2;
    }
}
