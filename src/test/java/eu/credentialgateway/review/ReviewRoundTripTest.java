package eu.credentialgateway.review;

import eu.credentialgateway.GatewayDataFolders;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.app.GatewayApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The review queue round trip as a user does it, over real HTTP with the whole gateway on a file H2 database: a badge
 * whose learning outcome the matcher is not sure of is converted (the phrase is queued), a reviewer accepts a skill,
 * the gateway is stopped and started again on the same database, and the same phrase now gets the skill directly.
 */
class ReviewRoundTripTest {
    static final String INPUT = "test-data/openbadges-v3/esco-alignments/input.json";
    static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    final HttpClient http = HttpClient.newHttpClient();
    int port;

    ConfigurableApplicationContext start() {
        // command-line arguments: they take precedence over application.yaml (builder properties would not)
        ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--camel.springboot.main-run-controller=false",
                "--gateway.ingest.inbox-dir=" + data.resolve("inbox"),
                "--gateway.deliver.outbox-dir=" + data.resolve("outbox"),
                "--gateway.quarantine.dir=" + data.resolve("quarantine"),
                "--gateway.security.admin-key-file=" + GatewayDataFolders.adminKeyFile(data),
                "--gateway.align.esco.index.cache-dir=" + data.resolve("esco-index"),
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("audit").toAbsolutePath() + ";AUTO_SERVER=FALSE");
        port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        return gateway;
    }

    /** The database is the test's own file, not the working directory's. */
    void usesItsOwnDatabase() {
        assertThat(Files.exists(data.resolve("audit.mv.db"))).isTrue();
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-API-Key", GatewayDataFolders.adminKey(data));
        request.header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    void problem(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("type").asText()).isEqualTo("urn:credential-gateway:problem:" + type);
    }

    /** Converts the badge; returns its input id. */
    String convert() throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/api/v1/conversions?format=openbadges-v3", Files.readString(Path.of(INPUT)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("X-Gateway-Input-Id").orElseThrow();
    }

    JsonNode alignment(JsonNode receipt, String text) {
        for (JsonNode a : receipt.get("alignments")) {
            if (a.get("kind").asText().equals("esco-text") && a.get("text").asText().equals(text)) {
                return a;
            }
        }
        throw new AssertionError("no esco-text decision for " + text + " in " + receipt);
    }

    @Test
    void queuesAcceptsAndAfterARestartAddsTheAcceptedSkill() throws Exception {
        String reviewId;
        String first;
        ConfigurableApplicationContext gateway = start();
        try {
            usesItsOwnDatabase();
            first = convert();
            JsonNode receipt = ok(send("GET", "/api/v1/inputs/" + first, null));
            assertThat(receipt.get("inputId").asText()).isEqualTo(first);
            List<String> events = new ArrayList<>();
            receipt.get("events").forEach(e -> events.add(e.get("type").asText()));
            assertThat(events).containsExactly("received", "converted");
            JsonNode queued = alignment(receipt, "Python programming");
            assertThat(queued.get("decision").asText()).isEqualTo("queued");
            assertThat(alignment(receipt, "Work in teams").get("decision").asText()).isEqualTo("added");
            assertThat(alignment(receipt, "Erasmus exchange semester").get("decision").asText()).isEqualTo("not-added");
            reviewId = queued.get("reviewId").asText();

            String second = convert();
            JsonNode pending = ok(send("GET", "/api/v1/reviews", null));
            assertThat(pending.get("status").asText()).isEqualTo("pending");
            assertThat(pending.get("items")).hasSize(1);
            JsonNode item = pending.get("items").get(0);
            assertThat(item.get("id").asText()).isEqualTo(reviewId);
            assertThat(item.get("text").asText()).isEqualTo("Python programming");
            // the badge declares inLanguage fr, which tags every text without a language of its own (issue #14)
            assertThat(item.get("lang").asText()).isEqualTo("fr");
            assertThat(item.get("candidates").get(0).get("uri").asText()).isEqualTo(PYTHON);
            assertThat(item.get("candidates").get(0).get("label").asText()).isNotBlank();
            assertThat(item.get("candidates").get(0).get("score").asDouble()).isBetween(0.40, 0.85);
            assertThat(item.get("inputIds").toString()).contains(first, second);
            assertThat(item.get("created").asText()).isNotBlank();
            assertThat(ok(send("GET", "/api/v1/reviews/" + reviewId, null)).get("inputCount").asInt()).isEqualTo(2);

            problem(send("POST", "/api/v1/reviews/" + reviewId + "/accept", "{\"uri\": \"http://data.europa.eu/esco/skill/nope\"}"), 422, "unknown-esco-skill");
            problem(send("POST", "/api/v1/reviews/" + reviewId + "/accept", "{"), 400, "bad-review-request");
            problem(send("GET", "/api/v1/reviews/" + UUID.randomUUID(), null), 404, "review-not-found");
            problem(send("POST", "/api/v1/reviews/" + UUID.randomUUID() + "/reject", null), 404, "review-not-found");
            problem(send("GET", "/api/v1/inputs/" + UUID.randomUUID(), null), 404, "input-not-found");

            JsonNode accepted = ok(send("POST", "/api/v1/reviews/" + reviewId + "/accept", "{\"uri\": \"" + PYTHON + "\"}"));
            assertThat(accepted.get("status").asText()).isEqualTo("accepted");
            assertThat(accepted.get("chosenUri").asText()).isEqualTo(PYTHON);
            problem(send("POST", "/api/v1/reviews/" + reviewId + "/reject", null), 409, "review-already-decided");
            assertThat(ok(send("GET", "/api/v1/reviews", null)).get("items")).isEmpty();
        } finally {
            gateway.close();
        }

        ConfigurableApplicationContext restarted = start();
        try {
            HttpResponse<String> credential = send("POST", "/api/v1/conversions?format=openbadges-v3", Files.readString(Path.of(INPUT)));
            assertThat(credential.statusCode()).as(credential.body()).isEqualTo(200);
            assertThat(credential.body()).contains(PYTHON);
            String third = credential.headers().firstValue("X-Gateway-Input-Id").orElseThrow();
            JsonNode remembered = alignment(ok(send("GET", "/api/v1/inputs/" + third, null)), "Python programming");
            assertThat(remembered.get("decision").asText()).isEqualTo("added");
            assertThat(remembered.get("source").asText()).isEqualTo("review");
            assertThat(remembered.get("reason").asText()).isEqualTo("accepted-in-review");
            assertThat(remembered.get("target").asText()).isEqualTo(PYTHON);
            assertThat(remembered.get("reviewId").asText()).isEqualTo(reviewId);
            assertThat(ok(send("GET", "/api/v1/reviews?status=accepted", null)).get("items")).hasSize(1);
            assertThat(ok(send("GET", "/api/v1/inputs/" + first, null)).get("alignments")).isNotEmpty();
        } finally {
            restarted.close();
        }
    }
}
