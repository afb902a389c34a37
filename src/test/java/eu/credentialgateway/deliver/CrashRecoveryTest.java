package eu.credentialgateway.deliver;

import eu.credentialgateway.GatewayProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acceptance of issue #7: 1,000 credentials wait in the outbox tables of a file H2 database; a gateway started as
 * its own JVM delivers them to a registry stub and is killed hard (SIGKILL, {@code destroyForcibly}) in the middle;
 * a second gateway on the same database finishes. Every credential ends in the registry exactly once, and none is
 * missing. The stub dedupes by Idempotency-Key as a real registry would, and counts every POST, so the test also
 * shows the resends: none from the crash (an interrupted task is looked up before it is sent again), at most one per
 * failed attempt (a POST that timed out on a loaded machine may still have been stored; its retry carries the same key).
 */
class CrashRecoveryTest {
    static final int CREDENTIALS = 1000;
    static final Duration START_DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    @Test
    void aGatewayKilledMidDeliveryDeliversEveryCredentialExactlyOnceAfterARestart() throws Exception {
        String database = "jdbc:h2:file:" + temp.resolve("gateway").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=30000";
        List<String> ids = storeCredentials(database);

        try (RegistryStub registry = new RegistryStub(8)) {
            GatewayProcess first = gateway(database, registry, "first");
            try {
                await().atMost(START_DEADLINE).pollInterval(Duration.ofMillis(5)).until(() -> registry.storedCount() >= CREDENTIALS / 3
                        || !first.isAlive());
                assertThat(first.isAlive()).as("the first gateway runs (see %s)", first.log()).isTrue();
            } finally {
                first.kill();
            }
            int atKill = registry.storedCount();
            double firstRate = atKill / ((registry.lastStoredAt() - registry.firstStoredAt()) / 1e9);
            assertThat(atKill).as("killed in the middle").isLessThan(CREDENTIALS);

            long restart = System.nanoTime();
            GatewayProcess second = gateway(database, registry, "second");
            int port = second.port();
            try {
                await().atMost(START_DEADLINE).pollInterval(Duration.ofMillis(50))
                        .until(() -> !second.isAlive() || deliveredPerApi(port, second.adminKey()) == CREDENTIALS);
                assertThat(second.isAlive()).as("the second gateway runs (see %s)", second.log()).isTrue();
            } finally {
                second.close();
            }
            double recovery = (System.nanoTime() - restart) / 1e9;

            Map<String, String> stored = registry.stored();
            assertThat(stored.keySet()).as("every credential, none missing, none extra").containsExactlyInAnyOrderElementsOf(ids);
            Map<String, Integer> posts = registry.postsPerKey();
            long resent = posts.values().stream().filter(n -> n > 1).count();
            JdbcClient jdbc = JdbcClient.create(dataSource(database));
            long interrupted = jdbc.sql("SELECT COUNT(*) FROM delivery_attempt WHERE outcome = 'interrupted'").query(Long.class).single();
            long delivered = jdbc.sql("SELECT COUNT(*) FROM delivery_task WHERE state = 'delivered'").query(Long.class).single();
            // a POST that timed out may have reached the registry: its retry is a legitimate resend with the same key
            long failedAttempts = jdbc.sql("SELECT COUNT(*) FROM delivery_attempt WHERE outcome = 'failed-retrying'").query(Long.class).single();
            System.out.printf(Locale.ROOT, "crash test: %d credentials; first gateway stored %d at %.0f/s before SIGKILL; restart to all delivered"
                            + " in %.1f s (JVM start included); %d interrupted attempts resumed, %d registry look-ups, %d credentials POSTed twice"
                            + " (kept once by the registry's idempotency) after %d failed attempts (timeouts under load)%n",
                    CREDENTIALS, atKill, firstRate, recovery, interrupted, registry.lookups(), resent, failedAttempts);
            assertThat(delivered).isEqualTo(CREDENTIALS);
            assertThat(resent).as("an interrupted delivery is looked up, not blindly resent: only failed attempts resend")
                    .isLessThanOrEqualTo(failedAttempts);
        }
    }

    /** The 1,000 credentials, stored as the deliver stage stores them (one task each, target registry). */
    private List<String> storeCredentials(String database) {
        // one connection held open throughout: H2 would otherwise open and close the file for every store
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(database, "sa", "", true);
        try {
            return storeCredentials(dataSource);
        } finally {
            dataSource.destroy();
        }
    }

    private static List<String> storeCredentials(SingleConnectionDataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        DeliveryStore store = new DeliveryStore(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CREDENTIALS; i++) {
            String id = "urn:uuid:" + UUID.randomUUID();
            store.store(new StoredCredential(id, UUID.randomUUID(), "elmo", null, "{\"id\":\"" + id + "\",\"n\":" + i + "}", null),
                    List.of("registry"));
            ids.add(id);
        }
        return ids;
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }

    /** A gateway on {@code database} delivering to {@code registry}, quick to retry. */
    private GatewayProcess gateway(String database, RegistryStub registry, String name) throws IOException {
        return GatewayProcess.start(temp, name, "512m", List.of(
                "--spring.datasource.url=" + database,
                "--gateway.deliver.registry.url=" + registry.url(),
                "--gateway.deliver.dispatch.workers=4",
                "--gateway.deliver.dispatch.request-timeout=3s",
                "--gateway.deliver.dispatch.lease=10s",
                "--gateway.deliver.dispatch.poll-interval=100ms",
                "--gateway.deliver.retry.base=50ms",
                "--gateway.deliver.retry.max-delay=500ms",
                "--logging.level.eu.credentialgateway.deliver.DeliveryDispatcher=INFO"));
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** How many deliveries the gateway's API lists as delivered; -1 while it does not answer yet. */
    private static int deliveredPerApi(int port, String adminKey) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/deliveries?state=delivered&limit=1000")).timeout(Duration.ofSeconds(5))
                    .header("X-API-Key", adminKey).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("count").asInt();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
