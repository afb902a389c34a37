package eu.credentialgateway.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.credentialgateway.GatewayProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #13, kill tests at scale: an inbox batch is converted by a gateway that is killed hard (SIGKILL) at random
 * moments and restarted, again and again. Afterwards every input ended converted or quarantined exactly once, every
 * credential has exactly one delivery and it was delivered, and no input was lost.
 *
 * <p>Short form by default (CI: 120 inputs, 2 kills). The form, 10,000 inputs and 10 kills:
 * {@code mvn -o test -Dtest=InboxKillTest -Dgateway.kill.inputs=10000 -Dgateway.kill.kills=10}.
 */
class InboxKillTest {
    static final int INPUTS = Integer.getInteger("gateway.kill.inputs", 120);
    static final int KILLS = Integer.getInteger("gateway.kill.kills", 2);
    /** One input in this many is broken (an impossible date): it must be quarantined, once. */
    static final int BROKEN_EVERY = 10;

    @TempDir
    Path temp;

    @Test
    void everyInputEndsOnceAndEveryCredentialIsDeliveredOnceThroughRepeatedSigkills() throws Exception {
        String database = "jdbc:h2:file:" + temp.resolve("gateway").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=30000";
        Path inbox = temp.resolve("inbox").resolve("elmo");
        Files.createDirectories(inbox);
        String good = Files.readString(Path.of("test-data/elmo/grades-with-scheme/input.xml"), StandardCharsets.UTF_8);
        String broken = Files.readString(Path.of("test-data/elmo/invalid-date/input.xml"), StandardCharsets.UTF_8);
        for (int i = 0; i < INPUTS; i++) {
            // a comment makes each file's content, hence its credential id, its own
            String document = (i % BROKEN_EVERY == 0 ? broken : good) + "\n<!-- input " + i + " -->\n";
            Files.writeString(inbox.resolve(String.format(Locale.ROOT, "input-%05d.xml", i)), document, StandardCharsets.UTF_8);
        }
        Random random = new Random(13);
        // the kills spread over the batch: kill k falls at a random point of the k-th of KILLS + 1 equal stretches
        int stretch = INPUTS / (KILLS + 1);
        // generous for a loaded 2-core machine (about one input a second at worst, seen), plus each start
        Duration perStretch = Duration.ofMinutes(3).plusSeconds(stretch);
        long started = System.nanoTime();
        for (int kill = 1; kill <= KILLS; kill++) {
            GatewayProcess gateway = gateway(database, "run-" + kill);
            long killAt = INPUTS - ((long) (kill - 1) * stretch + 1 + random.nextInt(Math.max(1, stretch)));
            await().atMost(perStretch).pollInterval(Duration.ofMillis(20))
                    .until(() -> !gateway.isAlive() || remaining(inbox) <= killAt);
            Thread.sleep(random.nextInt(500));
            assertThat(gateway.isAlive()).as("run %d (see %s)", kill, gateway.log()).isTrue();
            gateway.kill();
        }
        try (GatewayProcess last = gateway(database, "last")) {
            await().atMost(perStretch.multipliedBy(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !last.isAlive() || remaining(inbox) == 0);
            assertThat(last.isAlive()).as("the last run (see %s)", last.log()).isTrue();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> undelivered(last) == 0);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        JdbcClient jdbc = JdbcClient.create(dataSource(database));
        Map<String, Long> endings = jdbc.sql("SELECT content_hash, COUNT(*) AS n FROM audit_entry"
                        + " WHERE outcome IN ('converted', 'quarantined') GROUP BY content_hash")
                .query((row, n) -> Map.entry(row.getString("content_hash"), row.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long converted = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'converted'").query(Long.class).single();
        long quarantined = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'quarantined'").query(Long.class).single();
        long duplicates = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'duplicate'").query(Long.class).single();
        long unfinished = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE outcome = 'received'").query(Long.class).single();
        List<Long> tasksPerCredential = jdbc.sql("SELECT COUNT(*) FROM delivery_task GROUP BY credential_id").query(Long.class).list();
        long deliveredTasks = jdbc.sql("SELECT COUNT(*) FROM delivery_task WHERE state = 'delivered'").query(Long.class).single();
        System.out.printf(Locale.ROOT, "kill test: %d inputs, %d SIGKILLs, all done in %.1f s; %d converted, %d quarantined,"
                        + " %d repeats recognised as duplicates, %d receipts cut short by a kill; %d credentials, %d delivered%n",
                INPUTS, KILLS, seconds, converted, quarantined, duplicates, unfinished, tasksPerCredential.size(), deliveredTasks);

        assertThat(endings).as("every input ended converted or quarantined").hasSize(INPUTS);
        assertThat(endings.values()).as("and exactly once").containsOnly(1L);
        assertThat(quarantined).as("the broken inputs, and only they, quarantined").isEqualTo((INPUTS + BROKEN_EVERY - 1) / BROKEN_EVERY);
        assertThat(tasksPerCredential).as("one delivery per credential").hasSize((int) converted).containsOnly(1L);
        assertThat(deliveredTasks).as("every credential delivered").isEqualTo(converted);
        try (Stream<Path> done = Files.list(inbox.resolve("done"))) {
            assertThat(done.count()).as("every file moved out of the inbox").isEqualTo(INPUTS);
        }
    }

    private GatewayProcess gateway(String database, String name) throws java.io.IOException {
        return GatewayProcess.start(temp, name, "512m", List.of("--spring.datasource.url=" + database,
                "--gateway.deliver.dispatch.poll-interval=100ms"));
    }

    private static long remaining(Path inbox) throws java.io.IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(p -> p.getFileName().toString().startsWith("input-")).count();
        }
    }

    /** Delivery tasks still waiting, by the gateway's own API (its H2 file is locked while it runs); -1 when it does not answer. */
    private static long undelivered(GatewayProcess gateway) {
        long waiting = 0;
        for (String state : List.of("pending", "failed-retrying")) {
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.base() + "/api/v1/deliveries?state="
                        + state + "&limit=1000")).header("X-API-Key", gateway.adminKey()).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    return -1;
                }
                waiting += JSON.readTree(answer.body()).get("count").asLong();
            } catch (java.io.IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return waiting;
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }
}
