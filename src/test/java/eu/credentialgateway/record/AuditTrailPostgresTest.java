package eu.credentialgateway.record;

import eu.credentialgateway.MigratedDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit trail on a real PostgreSQL server, migrated by the same Flyway scripts. */
class AuditTrailPostgresTest extends AuditTrailContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
