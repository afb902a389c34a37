package eu.credentialgateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.app.GatewayApplication;
import eu.credentialgateway.quarantine.QuarantineStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import eu.credentialgateway.map.MapStage;
import eu.credentialgateway.quarantine.QuarantineEntry;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

/**
 * Issue #13, readiness and back-pressure over real HTTP: one conversion slot ({@code gateway.ingest.max-in-flight=1});
 * while the test holds it, conversions and verifications are answered 503 {@code overloaded} with {@code Retry-After}
 * and nothing is quarantined, and an inbox file waits instead of failing; while the conversion route is stopped, 503
 * {@code not-ready} and the readiness probe is out of service. And a step that throws an {@link OutOfMemoryError} or a
 * {@link StackOverflowError} quarantines its input as {@code internal-error} (no stack in the reason) while the gateway
 * goes on converting (the step wrapper of app/camel).
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.ingest.max-in-flight=1", "gateway.ingest.retry-after=7s"})
class OverloadAndReadinessTest {
    @TempDir
    static Path data;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        GatewayDataFolders.register(registry, data, "overload");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ConversionSlots slots;
    @Autowired
    CamelContext camel;
    @Autowired
    QuarantineStore quarantine;
    @Autowired
    MeterRegistry meters;
    @MockitoSpyBean(name = "mapStage")
    MapStage map;

    private ConversionSlots.Slot held;

    @AfterEach
    void giveBack() throws Exception {
        if (held != null) {
            held.close();
            held = null;
        }
        if (!camel.getRouteController().getRouteStatus("conversion").isStarted()) {
            camel.getRouteController().startRoute("conversion");
        }
    }

    private HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-API-Key", GatewayDataFolders.adminKey(data)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] transcript() throws IOException {
        return Files.readAllBytes(Path.of("test-data/elmo/multi-report-nested/input.xml"));
    }

    private void holdTheOnlySlot() {
        held = slots.tryTake(1);
        assertThat(held).as("the one slot is free").isNotNull();
    }

    private double refused(String reason) {
        return meters.get("gateway.conversions.refused").tag("reason", reason).counter().count();
    }

    @Test
    void aConversionAboveTheBoundIsAnswered503OverloadedAtOnceAndNotQuarantined() throws Exception {
        int quarantinedBefore = quarantine.list().size();
        double refusedBefore = refused("overloaded");
        holdTheOnlySlot();
        assertThat(meters.get("gateway.conversions.in.flight").gauge().value()).isEqualTo(1.0);

        long start = System.nanoTime();
        HttpResponse<String> busy = post("/api/v1/conversions", transcript());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered at once, not queued").isLessThan(Duration.ofSeconds(5));

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("7");
        JsonNode problem = JSON.readTree(busy.body());
        assertThat(problem.get("code").asText()).isEqualTo("overloaded");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(quarantine.list()).as("a refused input was never taken, so not quarantined").hasSize(quarantinedBefore);
        assertThat(refused("overloaded")).isEqualTo(refusedBefore + 1);

        HttpResponse<String> verifyBusy = post("/api/v1/verifications", "{}".getBytes());
        assertThat(verifyBusy.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(verifyBusy.body()).get("code").asText()).isEqualTo("overloaded");

        held.close();
        held = null;
        HttpResponse<String> converted = post("/api/v1/conversions", transcript());
        assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);
        assertThat(slots.inFlight()).as("the slot is given back after the conversion").isZero();
    }

    @Test
    void anInboxFileWaitsForASlotInsteadOfFailing() throws Exception {
        Path inbox = Files.createDirectories(data.resolve("inbox").resolve("elmo"));
        int quarantinedBefore = quarantine.list().size();
        holdTheOnlySlot();
        Files.write(inbox.resolve("waiting.xml"), transcript());

        Thread.sleep(3000); // the read lock needs about a second; then the consumer waits for the slot
        assertThat(inbox.resolve("waiting.xml")).as("not taken while every slot is busy").exists();
        assertThat(doneFiles(inbox)).isZero();

        held.close();
        held = null;
        await().atMost(Duration.ofSeconds(60)).until(() -> doneFiles(inbox) == 1);
        assertThat(quarantine.list()).as("converted, not failed").hasSize(quarantinedBefore);
    }

    private static long doneFiles(Path inbox) throws IOException {
        Path done = inbox.resolve("done");
        if (!Files.isDirectory(done)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(done)) {
            return files.count();
        }
    }

    @Test
    void whileThePipelineIsNotRunningConversionsAre503NotReadyAndReadinessIsOutOfService() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        int quarantinedBefore = quarantine.list().size();
        camel.getRouteController().stopRoute("conversion");

        HttpResponse<String> notReady = post("/api/v1/conversions", transcript());
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(JSON.readTree(notReady.body()).get("code").asText()).isEqualTo("not-ready");
        assertThat(JSON.readTree(post("/api/v1/verifications", "{}".getBytes()).body()).get("code").asText()).isEqualTo("not-ready");
        assertThat(quarantine.list()).hasSize(quarantinedBefore);

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(JSON.readTree(readiness.body()).get("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(get("/actuator/health/liveness").statusCode()).as("alive all the same").isEqualTo(200);

        camel.getRouteController().startRoute("conversion");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/conversions", transcript()).statusCode()).isEqualTo(200);
    }

    @Test
    void aStepThatRunsOutOfMemoryOrStackQuarantinesItsInputAsInternalErrorAndTheGatewayGoesOn() throws Exception {
        doThrow(new OutOfMemoryError("Java heap space")).doThrow(new StackOverflowError()).doCallRealMethod()
                .when(map).process(any(Exchange.class));

        for (String what : new String[] {"ran out of memory (OutOfMemoryError)", "ran out of stack (nesting too deep) (StackOverflowError)"}) {
            HttpResponse<String> failed = post("/api/v1/conversions", transcript());
            assertThat(failed.statusCode()).as(failed.body()).isEqualTo(500);
            JsonNode problem = JSON.readTree(failed.body());
            assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("internal-error");
            UUID inputId = UUID.fromString(failed.headers().firstValue("X-Gateway-Input-Id").orElseThrow());
            QuarantineEntry entry = quarantine.find(inputId).orElseThrow();
            assertThat(entry.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.code()).isEqualTo("internal-error");
                assertThat(finding.stage().id()).isEqualTo("map");
                assertThat(finding.message()).contains("map step " + what).doesNotContain("\tat ", "Java heap space");
            });
            assertThat(quarantine.original(inputId)).as("the input is kept").isPresent();
        }

        HttpResponse<String> next = post("/api/v1/conversions", transcript());
        assertThat(next.statusCode()).as("the gateway goes on: " + next.body()).isEqualTo(200);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(slots.inFlight()).as("every slot given back").isZero();
    }

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-API-Key", GatewayDataFolders.adminKey(data)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void smallEndpointsBoundTheirBodiesAndSpringsOwnErrorsCarryACode() throws Exception {
        byte[] big = ("{\"label\":\"" + "x".repeat(20_000) + "\"}").getBytes();
        HttpResponse<String> apiKey = send("POST", "/api/v1/api-keys", "application/json", big);
        assertThat(apiKey.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(apiKey.body()).get("code").asText()).isEqualTo("too-large");
        HttpResponse<String> accept = send("POST", "/api/v1/reviews/" + UUID.randomUUID() + "/accept", "application/json", big);
        assertThat(accept.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(accept.body()).get("code").asText()).isEqualTo("too-large");
        HttpResponse<String> token = send("POST", "/api/v1/wallet/token", "application/x-www-form-urlencoded",
                ("pre-authorized_code=" + "a".repeat(9000)).getBytes());
        assertThat(token.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(token.body()).get("error").asText()).as("OAuth's error shape").isEqualTo("invalid_request");

        HttpResponse<String> limit = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/alignments/esco?text=python&limit=0")).header("X-API-Key", GatewayDataFolders.adminKey(data)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(limit.body()).get("code").asText()).isEqualTo("bad-alignment-request");

        HttpResponse<String> method = send("DELETE", "/api/v1/conversions", "application/xml", new byte[0]);
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(method.body()).get("code").asText()).isEqualTo("method-not-allowed");
        HttpResponse<String> unreadable = send("POST", "/api/v1/api-keys", "application/json", "{not json".getBytes());
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unreadable.body()).get("code").asText()).isNotBlank();
        HttpResponse<String> unknown = send("GET", "/api/v1/no-such-thing", "application/json", new byte[0]);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("code").asText()).isEqualTo("not-found");
    }
}
