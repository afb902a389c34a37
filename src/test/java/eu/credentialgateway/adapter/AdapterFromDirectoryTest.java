package eu.credentialgateway.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.app.GatewayApplication;
import eu.credentialgateway.record.AuditTrail;
import eu.credentialgateway.record.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An integrator's adapter for a new format, from a temporary adapters folder only (route + mapping + test case,
 * no Java, no rebuild): the gateway finds it at start, detects its documents, runs its prepare route and converts
 * them over HTTP and through its inbox.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdapterFromDirectoryTest {
    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void adaptersAndDataUnderTemp(DynamicPropertyRegistry registry) {
        registry.add("gateway.adapters.dir", () -> {
            Path adapters = temp.resolve("adapters");
            try {
                TinyFormat.writeTo(adapters);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return adapters.toString();
        });
        GatewayDataFolders.register(registry, temp, "adapter-from-directory");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    CamelContext camel;
    @Autowired
    AuditTrail audit;

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conversions")).header("X-API-Key", GatewayDataFolders.adminKey(temp))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void detectsPreparesAndConvertsTheNewFormatOverHttp() throws Exception {
        HttpResponse<String> response = post(TinyFormat.DOCUMENT);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode credential = JSON.readTree(JSON.readTree(response.body()).get("payload").asText());
        assertThat(credential.toString()).contains("Knot tying for beginners", "Invented Knot School", "Tiny certificate");
        UUID inputId = UUID.fromString(response.headers().firstValue("X-Gateway-Input-Id").orElseThrow());
        assertThat(audit.find(inputId)).hasValueSatisfying(row -> assertThat(row.format()).isEqualTo("tiny"));
    }

    @Test
    void aFailureInThePrepareRouteIsQuarantined() throws Exception {
        HttpResponse<String> response = post(TinyFormat.DOCUMENT.replace("Knot", "REVOKED"));

        assertThat(response.statusCode()).as(response.body()).isGreaterThanOrEqualTo(400);
        UUID inputId = UUID.fromString(response.headers().firstValue("X-Gateway-Input-Id").orElseThrow());
        assertThat(audit.find(inputId)).hasValueSatisfying(row -> assertThat(row.outcome()).isEqualTo(Outcome.QUARANTINED));
    }

    @Test
    void convertsAFileDroppedIntoItsInbox() throws Exception {
        Path inbox = temp.resolve("inbox/tiny");
        Files.createDirectories(inbox);
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("tiny-inbox").whenDone(1).create();
        Files.writeString(inbox.resolve("certificate.json"), TinyFormat.DOCUMENT.replace("Ada", "Bea"));
        assertThat(done.matches(30, TimeUnit.SECONDS)).as("inbox file processed").isTrue();
        // the outbox target runs after the pipeline (transactional outbox): wait for it, with a deadline
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            Files.createDirectories(temp.resolve("outbox"));
            try (Stream<Path> outbox = Files.list(temp.resolve("outbox"))) {
                assertThat(outbox.filter(p -> !p.getFileName().toString().startsWith(".")).map(AdapterFromDirectoryTest::read))
                        .anySatisfy(text -> assertThat(text).contains("Bea"));
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
