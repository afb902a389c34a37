package eu.credentialgateway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database migrated by the gateway's own Flyway scripts, for the contract tests that run the same
 * store against the embedded default (an H2 file database) and a real PostgreSQL server (zonky's
 * embedded binaries). Register it as a static {@code @RegisterExtension} field: it starts and
 * migrates before the class's tests and stops (and deletes) afterwards.
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {
    private final boolean postgres;
    private EmbeddedPostgres server;
    private Path h2Folder;
    private DataSource dataSource;
    /** Nested test classes inherit the extension: start once for the outermost class, stop after it. */
    private int openedBy;

    private MigratedDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    /** An H2 file database, as the gateway's embedded default uses. */
    public static MigratedDatabase h2File() {
        return new MigratedDatabase(false);
    }

    /** A PostgreSQL server of its own. */
    public static MigratedDatabase postgres() {
        return new MigratedDatabase(true);
    }

    /** The migrated database; only between the class's before-all and after-all. */
    public DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("the database is not started: register MigratedDatabase as a static extension");
        }
        return dataSource;
    }

    /** Empties {@code dataSource} and migrates it again, for contracts that start each test on fresh tables. */
    public static void reset(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (openedBy++ > 0) {
            return;
        }
        if (postgres) {
            server = EmbeddedPostgres.start();
            dataSource = server.getPostgresDatabase();
        } else {
            h2Folder = Files.createTempDirectory("gateway-h2-");
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + h2Folder.resolve("data/audit") + ";DB_CLOSE_DELAY=-1");
            dataSource = h2;
        }
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (--openedBy > 0) {
            return;
        }
        if (server != null) {
            server.close();
        }
        if (h2Folder != null) {
            try (var statement = dataSource.getConnection().createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (java.sql.SQLException e) {
                // already closed: nothing to shut down
            }
            try (Stream<Path> files = Files.walk(h2Folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        dataSource = null;
    }
}
