package eu.credentialgateway.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.access.ActionLog;
import eu.credentialgateway.app.GatewayApplication;
import eu.credentialgateway.deliver.StoredBodyPurge;
import eu.credentialgateway.quarantine.QuarantineStore;
import eu.credentialgateway.record.AuditDetailsPurge;
import eu.credentialgateway.record.AuditTrail;
import eu.credentialgateway.record.InputReceipt;
import eu.credentialgateway.record.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The retention purge on a running gateway (real HTTP server, H2 database, data folders): inputs converted, delivered
 * and quarantined before a boundary instant and after it, done files on both sides; then a purge whose clock stands
 * 30 days after the boundary (the setting of every kind here) must remove exactly what came before the boundary, keep
 * the rest, and record the counts once as a {@code retention.purge} action. Time is moved with the purge's clock and
 * file timestamps, never by waiting.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetentionPurgeTest {
    static final Path data = Path.of("target", "retention-purge", UUID.randomUUID().toString());
    static final Duration RETENTION = Duration.ofDays(30);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BAD_BADGE = "test-data/openbadges-v3/missing-issuer/input.json";

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        GatewayDataFolders.register(registry, data, "retention-purge");
        for (String kind : List.of("quarantine", "inbox-done", "credential-bodies", "audit-details")) {
            registry.add("gateway.retention." + kind, () -> "30d");
        }
    }

    final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    @Autowired
    QuarantineStore quarantine;
    @Autowired
    StoredBodyPurge bodies;
    @Autowired
    AuditDetailsPurge details;
    @Autowired
    AuditTrail trail;
    @Autowired
    ActionLog actions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void removesWhatIsOlderThanItsSettingKeepsTheRestAndRecordsTheCounts() throws Exception {
        String oldQuarantined = submit(BAD_BADGE, 422);
        HttpResponse<String> oldConversion = convert("test-data/openbadges-v3/esco-alignments/input.json");
        String oldConverted = inputIdOf(oldConversion);
        String oldCredential = oldConversion.headers().firstValue("X-Gateway-Credential-Id").orElseThrow();
        settled(oldConverted);
        Path inbox = data.resolve("inbox");
        Path oldDone = doneFile(inbox, "elmo", "report-a.xml");
        Path newDone = doneFile(inbox, "elmo", "report-b.xml");
        Instant boundary = Instant.now();
        Files.setLastModifiedTime(oldDone, FileTime.from(boundary.minusSeconds(60)));
        Files.setLastModifiedTime(newDone, FileTime.from(boundary.plusSeconds(60)));
        // written long ago but moved to done/ after the boundary (the stamp the routes put in front of the name)
        Path movedLater = doneFile(inbox, "openbadges-v3", DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
                .withZone(ZoneId.systemDefault()).format(boundary.plusSeconds(60)) + "-badge.json");
        Files.setLastModifiedTime(movedLater, FileTime.from(boundary.minus(Duration.ofDays(400))));

        String newQuarantined = submit(BAD_BADGE, 422);
        HttpResponse<String> newConversion = convert("test-data/openbadges-v3/vc2-results-credits/input.json");
        String newConverted = inputIdOf(newConversion);
        String newCredential = newConversion.headers().firstValue("X-Gateway-Credential-Id").orElseThrow();
        settled(newConverted);

        JsonNode oldQuarantinedBefore = receipt(oldQuarantined);
        JsonNode newQuarantinedBefore = receipt(newQuarantined);
        int newAlignments = receipt(newConverted).get("alignments").size();
        int oldFindings = findings(oldQuarantinedBefore).size() + findings(receipt(oldConverted)).size();
        int oldAlignments = receipt(oldQuarantined).get("alignments").size() + receipt(oldConverted).get("alignments").size();
        assertThat(findings(oldQuarantinedBefore)).extracting(f -> f.get("code").asText()).contains("missing-issuer");
        assertThat(oldQuarantinedBefore.get("finished").get("errorSummary").asText()).contains("missing-issuer");
        assertThat(receipt(oldConverted).get("alignments")).as("the ESCO badge leaves alignment decisions").isNotEmpty();

        Clock thirtyDaysOn = Clock.fixed(boundary.plus(RETENTION), ZoneId.systemDefault());
        RetentionPurge keepsForever = purge(new RetentionProperties(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, Duration.ofHours(1)), thirtyDaysOn);
        assertThat(keepsForever.run().removedAny()).as("0 keeps every kind").isFalse();
        assertThat(quarantine.find(UUID.fromString(oldQuarantined))).isPresent();

        RetentionPurge purge = purge(new RetentionProperties(RETENTION, RETENTION, RETENTION, RETENTION, RETENTION, Duration.ofHours(1)), thirtyDaysOn);
        PurgeReport report = purge.run();

        assertThat(report).isEqualTo(new PurgeReport(1, 1, 1, 2, oldFindings, oldAlignments, 0));
        // quarantine: the old entry's folder is gone, its audit row says so; the new one is whole
        assertThat(data.resolve("quarantine").resolve(oldQuarantined)).doesNotExist();
        assertThat(quarantine.find(UUID.fromString(newQuarantined))).isPresent();
        assertThat(quarantine.original(UUID.fromString(newQuarantined))).isPresent();
        JsonNode oldQuarantinedAfter = receipt(oldQuarantined);
        assertThat(event(oldQuarantinedAfter, "quarantine-deleted").get("by").asText()).isEqualTo("gateway");
        // audit details: gone before the boundary, with their counts on the row; the outcome and code stay
        JsonNode purged = event(oldQuarantinedAfter, "details-purged");
        assertThat(purged.get("findings").asInt()).isEqualTo(findings(oldQuarantinedBefore).size());
        assertThat(findings(oldQuarantinedAfter)).isEmpty();
        assertThat(oldQuarantinedAfter.get("finished").has("errorSummary")).isFalse();
        assertThat(oldQuarantinedAfter.get("status").asText()).isEqualTo("quarantined");
        assertThat(oldQuarantinedAfter.get("finished").get("errorCode").asText()).isEqualTo("missing-issuer");
        assertThat(receipt(oldConverted).get("alignments")).isEmpty();
        assertThat(event(receipt(oldConverted), "details-purged").get("alignments").asInt()).isPositive();
        JsonNode newQuarantinedAfter = receipt(newQuarantined);
        assertThat(findings(newQuarantinedAfter)).hasSameSizeAs(findings(newQuarantinedBefore)).isNotEmpty();
        assertThat(newQuarantinedAfter.get("finished").get("errorSummary").asText()).contains("missing-issuer");
        assertThat(event(newQuarantinedAfter, "details-purged")).isNull();
        assertThat(receipt(newConverted).get("alignments").size()).isEqualTo(newAlignments);
        // credential bodies: the old one's body is gone, its delivery still on the receipt; the new one's is kept
        assertThat(body(oldCredential)).isEmpty();
        assertThat(body(newCredential)).startsWith("{");
        JsonNode oldDelivery = receipt(oldConverted).get("deliveries").get(0);
        assertThat(oldDelivery.get("state").asText()).isEqualTo("delivered");
        // done files: by the later of last-modified time and move stamp
        assertThat(oldDone).doesNotExist();
        assertThat(newDone).exists();
        assertThat(movedLater).exists();
        // recorded once, counts only
        List<ActionLog.Action> recorded = purges();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).detail()).isEqualTo("quarantine=1 inbox-done=1 credential-bodies=1 audit-details=2 findings="
                + oldFindings + " alignments=" + oldAlignments + " interrupted=0");
        assertThat(recorded.get(0).objectType()).isEqualTo("retention");

        // again: nothing left to remove, nothing recorded
        assertThat(purge.run().removedAny()).isFalse();
        assertThat(purges()).hasSize(1);
    }

    @Test
    void endsInputsLeftReceivedLongerThanItsSettingAsInterruptedAndALateFinishStillWins() throws Exception {
        Instant now = Instant.now();
        UUID stranded = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        trail.received(new InputReceipt(stranded, null, "elmo", "inbox", now.minus(Duration.ofHours(3)), null, null, "inbox"));
        trail.received(new InputReceipt(running, null, "elmo", "inbox", now.minus(Duration.ofMinutes(10)), null, null, "inbox"));
        RetentionPurge purge = purge(new RetentionProperties(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofHours(1), Duration.ofHours(1)), Clock.fixed(now, ZoneId.systemDefault()));

        PurgeReport report = purge.run();

        assertThat(report.interrupted()).isEqualTo(1);
        JsonNode strandedReceipt = receipt(stranded.toString());
        assertThat(strandedReceipt.get("status").asText()).isEqualTo("interrupted");
        assertThat(strandedReceipt.get("finished").get("errorCode").asText()).isEqualTo("interrupted");
        assertThat(receipt(running.toString()).get("status").asText()).as("younger than the setting").isEqualTo("received");
        assertThat(purges()).extracting(ActionLog.Action::detail).anyMatch(d -> d.endsWith(" interrupted=1"));
        assertThat(purge.run().interrupted()).as("marked once").isZero();

        trail.finished(new InputReceipt(stranded, null, "elmo", "inbox", now.minus(Duration.ofHours(3)), null, null, "inbox"),
                Outcome.CONVERTED, "urn:credential:late", List.of(), null);
        assertThat(receipt(stranded.toString()).get("status").asText()).isEqualTo("converted");
    }

    private RetentionPurge purge(RetentionProperties settings, Clock clock) {
        return new RetentionPurge(settings, quarantine, data.resolve("inbox"), bodies, details, trail, actions, clock);
    }

    private List<ActionLog.Action> purges() {
        return actions.list(new ActionLog.Filter("gateway", RetentionPurge.ACTION, null, null, null, 100));
    }

    private String body(String credentialId) {
        return jdbc.sql("SELECT body FROM delivery_credential WHERE credential_id = :id").param("id", credentialId)
                .query(String.class).single();
    }

    private static Path doneFile(Path inbox, String format, String name) throws Exception {
        Path file = inbox.resolve(format).resolve("done").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "consumed input");
        return file;
    }

    private static JsonNode event(JsonNode receipt, String type) {
        for (JsonNode event : receipt.get("events")) {
            if (event.get("type").asText().equals(type)) {
                return event;
            }
        }
        return null;
    }

    /** Every finding of a receipt: those of its steps and those no step claims. */
    private static List<JsonNode> findings(JsonNode receipt) {
        List<JsonNode> all = new ArrayList<>();
        receipt.get("stages").forEach(step -> step.get("findings").forEach(all::add));
        receipt.get("findings").forEach(all::add);
        return all;
    }

    private HttpResponse<String> call(String method, String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-API-Key", GatewayDataFolders.adminKey(data))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String submit(String file, int status) throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/conversions?format=openbadges-v3", Files.readAllBytes(Path.of(file)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return inputIdOf(response);
    }

    private HttpResponse<String> convert(String file) throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/conversions?format=openbadges-v3", Files.readAllBytes(Path.of(file)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static String inputIdOf(HttpResponse<String> response) {
        return response.headers().firstValue("X-Gateway-Input-Id").orElseThrow();
    }

    private JsonNode receipt(String inputId) throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/inputs/" + inputId, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Waits until every delivery of the input's credential is delivered. */
    private void settled(String inputId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode deliveries = receipt(inputId).get("deliveries");
            boolean delivered = !deliveries.isEmpty();
            for (JsonNode delivery : deliveries) {
                delivered &= delivery.get("state").asText().equals("delivered");
            }
            return delivered;
        });
    }
}
