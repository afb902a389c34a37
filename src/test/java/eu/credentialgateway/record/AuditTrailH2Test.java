package eu.credentialgateway.record;

import eu.credentialgateway.MigratedDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit trail on the embedded default: an H2 file database, migrated by Flyway. */
class AuditTrailH2Test extends AuditTrailContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2File();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
