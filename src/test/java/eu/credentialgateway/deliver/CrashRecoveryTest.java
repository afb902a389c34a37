package eu.credentialgateway.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.credentialgateway.app.GatewayApplication;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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
        String database = "jdbc:h2:file:" + temp.resolve("gateway").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        List<String> ids = storeCredentials(database);

        try (RegistryStub registry = new RegistryStub(8)) {
            Process first = gateway(database, registry, "first");
            try {
                await().atMost(START_DEADLINE).pollInterval(Duration.ofMillis(5)).until(() -> registry.storedCount() >= CREDENTIALS / 3
                        || !first.isAlive());
                assertThat(first.isAlive()).as("the first gateway runs (see %s)", temp.resolve("first.log")).isTrue();
            } finally {
                first.destroyForcibly();
                first.waitFor(30, TimeUnit.SECONDS);
            }
            int atKill = registry.storedCount();
            double firstRate = atKill / ((registry.lastStoredAt() - registry.firstStoredAt()) / 1e9);
            assertThat(atKill).as("killed in the middle").isLessThan(CREDENTIALS);

            long restart = System.nanoTime();
            Process second = gateway(database, registry, "second");
            int port = portOf(second);
            try {
                await().atMost(START_DEADLINE).pollInterval(Duration.ofMillis(50))
                        .until(() -> !second.isAlive() || deliveredPerApi(port) == CREDENTIALS);
                assertThat(second.isAlive()).as("the second gateway runs (see %s)", temp.resolve("second.log")).isTrue();
            } finally {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
                second.destroyForcibly();
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

    /** The gateway as its own JVM on the test classpath, in the project folder, with a small ESCO file for a quick start. */
    private Process gateway(String database, RegistryStub registry, String name) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                GatewayApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database,
                "--gateway.security.admin-key-file=" + temp.resolve("admin.key"),
                "--gateway.ingest.inbox-dir=" + temp.resolve("inbox"),
                "--gateway.deliver.outbox-dir=" + temp.resolve("outbox"),
                "--gateway.quarantine.dir=" + temp.resolve("quarantine"),
                "--gateway.align.esco.file=" + smallEscoFile(),
                "--gateway.align.esco.index.cache-dir=" + temp.resolve("esco-index"),
                "--gateway.deliver.registry.url=" + registry.url(),
                "--gateway.deliver.dispatch.workers=4",
                "--gateway.deliver.dispatch.request-timeout=3s",
                "--gateway.deliver.dispatch.lease=10s",
                "--gateway.deliver.dispatch.poll-interval=100ms",
                "--gateway.deliver.retry.base=50ms",
                "--gateway.deliver.retry.max-delay=500ms",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.eu.credentialgateway.deliver.DeliveryDispatcher=INFO");
        Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(temp.resolve(name + ".log").toFile()).start();
        ports.put(process.pid(), port);
        return process;
    }

    private final Map<Long, Integer> ports = new java.util.concurrent.ConcurrentHashMap<>();

    private int portOf(Process process) {
        return ports.get(process.pid());
    }

    /** The admin key the first gateway process wrote (the same database, so later processes make none). */
    private String adminKey() throws IOException {
        Path file = temp.resolve("admin.key");
        return Files.exists(file) ? Files.readString(file).trim() : "";
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** How many deliveries the gateway's API lists as delivered; -1 while it does not answer yet. */
    private int deliveredPerApi(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/deliveries?state=delivered&limit=1000")).timeout(Duration.ofSeconds(5))
                    .header("X-API-Key", adminKey()).build(), HttpResponse.BodyHandlers.ofString());
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

    /** The first 200 skills of the shipped ESCO file: the align stage needs one, this test does not need them all. */
    private Path smallEscoFile() throws IOException {
        Path small = temp.resolve("esco-small.tsv.gz");
        if (Files.exists(small)) {
            return small;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(Path.of("ontologies/esco/skills.tsv.gz"))), StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(small)),
                     StandardCharsets.UTF_8))) {
            int skills = 0;
            for (String line = in.readLine(); line != null && skills < 200; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                if (!line.startsWith("#")) {
                    skills++;
                }
            }
        }
        return small;
    }
}
