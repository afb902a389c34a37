package eu.credentialgateway.record;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.deliver.DeliverProperties;
import eu.credentialgateway.quarantine.QuarantineProperties;
import eu.credentialgateway.quarantine.QuarantineStage;
import eu.credentialgateway.quarantine.QuarantineStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The stages as Spring wires them, with the properties the application ships: Flyway migrates the database
 * named by {@code spring.datasource.url} at start (an H2 file under {@code gateway.home}, or PostgreSQL), and
 * the quarantine folder defaults to {@code <gateway.home>/data/...}.
 */
class AuditDatabaseConfigurationTest {
    static final String H2_FILE_URL = "spring.datasource.url=jdbc:h2:file:${gateway.home}/data/audit;DB_CLOSE_ON_EXIT=FALSE";

    @TempDir
    Path home;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RecordProperties.class, QuarantineProperties.class, DeliverProperties.class})
    @Import({AuditTrail.class, RecordStage.class, QuarantineStore.class, QuarantineStage.class})
    static class Stages {
    }

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
                .withUserConfiguration(Stages.class)
                .withPropertyValues("gateway.home=" + home);
    }

    static void recordsAnInput(AuditTrail trail) {
        InputReceipt receipt = new InputReceipt(UUID.randomUUID(), "d".repeat(64), "elmo", "http", Instant.now());
        trail.finished(receipt, Outcome.CONVERTED, "urn:uuid:" + UUID.randomUUID(), List.of(), null);
        assertThat(trail.find(receipt.inputId())).get().extracting(AuditEntry::outcome).isEqualTo(Outcome.CONVERTED);
    }

    @Test
    void theDefaultsKeepEverythingUnderGatewayHome() {
        runner().withPropertyValues(H2_FILE_URL).run(context -> {
            assertThat(context).hasNotFailed().hasBean("recordStage").hasBean("quarantineStage");
            recordsAnInput(context.getBean(AuditTrail.class));
            assertThat(home.resolve("data/audit.mv.db")).exists();
            assertThat(context.getBean(QuarantineStore.class).dir()).isEqualTo(home.resolve("data/quarantine"));
        });
    }

    @Test
    void foldersAndSummaryLengthAreConfigurable() {
        runner().withPropertyValues(H2_FILE_URL, "gateway.quarantine.dir=" + home.resolve("q"),
                "gateway.deliver.outbox-dir=" + home.resolve("out"), "gateway.record.summary-length=500").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(QuarantineStore.class).dir()).isEqualTo(home.resolve("q"));
                    assertThat(context.getBean(RecordProperties.class).summaryLength()).isEqualTo(500);
                });
    }

    @Test
    void postgresqlIsAMatterOfConfiguration() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            runner().withPropertyValues(
                    "spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "spring.datasource.username=postgres").run(context -> {
                        assertThat(context).hasNotFailed();
                        recordsAnInput(context.getBean(AuditTrail.class));
                    });
        }
    }
}
