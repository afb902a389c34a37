package eu.credentialgateway.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.access.ActionLog;
import eu.credentialgateway.app.GatewayApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code DELETE /api/v1/quarantine/{inputId}} over real HTTP: an operator (here the first admin key) removes an entry's
 * files, the receipt says who did, the action is recorded; a second delete and unknown ids are 404 problems; an
 * auditor's key, made through the API, is refused with 403 and the entry stays.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuarantineDeleteTest {
    static final Path data = Path.of("target", "quarantine-delete", UUID.randomUUID().toString());
    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        GatewayDataFolders.register(registry, data, "quarantine-delete");
    }

    final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    @Autowired
    ActionLog actions;

    @Test
    void anOperatorRemovesTheFilesTheAuditRowSaysSoAndTheActionIsRecorded() throws Exception {
        String inputId = quarantineOne();
        Path folder = data.resolve("quarantine").resolve(inputId);
        assertThat(folder.resolve("original.bin")).exists();
        assertThat(folder.resolve("reason.json")).exists();

        HttpResponse<String> deleted = call(admin(), "DELETE", "/api/v1/quarantine/" + inputId, null);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(folder).doesNotExist();
        String adminActor = actorOfAdmin();
        JsonNode receipt = JSON.readTree(call(admin(), "GET", "/api/v1/inputs/" + inputId, null).body());
        assertThat(receipt.get("status").asText()).isEqualTo("quarantined");
        JsonNode event = null;
        for (JsonNode e : receipt.get("events")) {
            event = e.get("type").asText().equals("quarantine-deleted") ? e : event;
        }
        assertThat(event).as(receipt.toString()).isNotNull();
        assertThat(event.get("by").asText()).isEqualTo(adminActor);
        List<ActionLog.Action> recorded = actions.list(new ActionLog.Filter(null, "quarantine.delete", inputId, null, null, 10));
        assertThat(recorded).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo(adminActor);
            assertThat(a.objectType()).isEqualTo("input");
        });

        problem(call(admin(), "DELETE", "/api/v1/quarantine/" + inputId, null), 404, "quarantine-entry-not-found");
        assertThat(actions.list(new ActionLog.Filter(null, "quarantine.delete", inputId, null, null, 10))).hasSize(1);
    }

    @Test
    void unknownIdsAre404Problems() throws Exception {
        problem(call(admin(), "DELETE", "/api/v1/quarantine/" + UUID.randomUUID(), null), 404, "quarantine-entry-not-found");
        problem(call(admin(), "DELETE", "/api/v1/quarantine/not-an-id", null), 404, "quarantine-entry-not-found");
        problem(call(admin(), "DELETE", "/api/v1/quarantine/" + UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT), null), 404,
                "quarantine-entry-not-found");
    }

    @Test
    void anAuditorIsRefusedAndTheEntryStays() throws Exception {
        String inputId = quarantineOne();
        HttpResponse<String> made = call(admin(), "POST", "/api/v1/api-keys", "{\"name\":\"records auditor\",\"roles\":[\"auditor\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String auditor = JSON.readTree(made.body()).get("key").asText();

        problem(call(auditor, "DELETE", "/api/v1/quarantine/" + inputId, null), 403, "forbidden");

        assertThat(data.resolve("quarantine").resolve(inputId).resolve("reason.json")).exists();
        assertThat(actions.list(new ActionLog.Filter(null, "quarantine.delete", inputId, null, null, 10))).isEmpty();
        assertThat(call(auditor, "GET", "/api/v1/inputs/" + inputId, null).statusCode()).as("an auditor still reads the receipt").isEqualTo(200);
    }

    private String quarantineOne() throws Exception {
        HttpResponse<String> response = call(admin(), "POST", "/api/v1/conversions?format=openbadges-v3",
                Files.readString(Path.of("test-data/openbadges-v3/missing-issuer/input.json")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return response.headers().firstValue("X-Gateway-Input-Id").orElseThrow();
    }

    /** The actor the first admin key is recorded as: {@code key:<its id>}, read from the key list. */
    private String actorOfAdmin() throws Exception {
        JsonNode keys = JSON.readTree(call(admin(), "GET", "/api/v1/api-keys", null).body());
        JsonNode list = keys.isArray() ? keys : keys.get("keys");
        for (JsonNode key : list) {
            if (key.get("roles").toString().contains("admin") && (key.path("revokedAt").isMissingNode() || key.path("revokedAt").isNull())) {
                return "key:" + key.get("id").asText();
            }
        }
        throw new AssertionError("no admin key listed: " + keys);
    }

    private static String admin() {
        return GatewayDataFolders.adminKey(data);
    }

    private HttpResponse<String> call(String key, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-API-Key", key).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void problem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo(code);
    }
}
