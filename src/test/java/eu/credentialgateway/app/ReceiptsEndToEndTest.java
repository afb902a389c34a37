package eu.credentialgateway.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.X509CertUtils;
import eu.credentialgateway.deliver.DeliveryLedger;
import eu.credentialgateway.deliver.DeliveryState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Receipts and batch summaries over real HTTP: the whole gateway (H2, routes, dispatcher) with an EBSI-style registry
 * in WireMock that takes the JWT form ({@code payload=jwt}), its Trusted Issuers Registry, and the outbox folder.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReceiptsEndToEndTest {
    static final String ISSUER = "did:ebsi:zReceiptsIssuer";
    static final String REGISTRY = "/registry/credentials";
    static final String HEADER = "givenNames,familyName,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate\n";
    static final ObjectMapper JSON = new ObjectMapper();
    static final WireMockServer WIREMOCK = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    static final Path data = Path.of("target", "receipts-e2e", UUID.randomUUID().toString());

    static {
        WIREMOCK.start();
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + WIREMOCK.port();
        eu.credentialgateway.GatewayDataFolders.register(registry, data, "receipts-e2e");
        registry.add("gateway.deliver.registry.url", () -> base + REGISTRY);
        registry.add("gateway.deliver.registry.tir-url", () -> base + "/tir/v5");
        registry.add("gateway.deliver.registry.issuer-did", () -> ISSUER);
        registry.add("gateway.deliver.registry.payload", () -> "jwt");
        registry.add("gateway.deliver.dispatch.request-timeout", () -> "5s");
        registry.add("gateway.deliver.dispatch.lease", () -> "20s");
        registry.add("gateway.deliver.dispatch.poll-interval", () -> "50ms");
        registry.add("gateway.deliver.retry.base", () -> "20ms");
        registry.add("gateway.deliver.retry.max-delay", () -> "100ms");
        registry.add("gateway.deliver.retry.max-attempts", () -> "5");
    }

    @AfterAll
    static void stopWireMock() {
        WIREMOCK.stop();
    }

    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    @Autowired
    DeliveryLedger ledger;

    @BeforeEach
    void registry() {
        WIREMOCK.resetAll();
        WIREMOCK.stubFor(get("/tir/v5/issuers/" + ISSUER).willReturn(okJson("{\"did\":\"" + ISSUER + "\",\"attributes\":"
                + "[{\"hash\":\"ab12\",\"body\":\"eyJ0\",\"issuerType\":\"TI\",\"tao\":\"did:ebsi:zTao\",\"rootTao\":\"did:ebsi:zRoot\"}]}")));
        WIREMOCK.stubFor(post(REGISTRY).willReturn(aResponse().withStatus(201)));
    }

    HttpResponse<String> send(String method, String path, byte[] body, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-API-Key", eu.credentialgateway.GatewayDataFolders.adminKey(data));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> convert(String query, byte[] body, String contentType) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/api/v1/conversions" + query, body, contentType);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    JsonNode fetch(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", path, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The receipt once every delivery of the input's credential is delivered or given up. */
    JsonNode settledReceipt(String inputId) throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode deliveries = fetch("/api/v1/inputs/" + inputId).get("deliveries");
            boolean settled = !deliveries.isEmpty();
            for (JsonNode delivery : deliveries) {
                String state = delivery.get("state").asText();
                settled &= state.equals("delivered") || state.equals("given-up");
            }
            return settled;
        });
        return fetch("/api/v1/inputs/" + inputId);
    }

    static byte[] testData(String path) throws IOException {
        return Files.readAllBytes(Path.of("test-data", path));
    }

    List<LoggedRequest> registryPosts(String credentialId) {
        return WIREMOCK.findAll(postRequestedFor(urlEqualTo(REGISTRY)).withHeader("Idempotency-Key", equalTo(credentialId)));
    }

    @Nested
    class AnInputsReceipt {
        @Test
        void tellsReceivedStagesSealAndEveryDeliveryAttemptToARegistryThatAnswers503Then200() throws Exception {
            WIREMOCK.stubFor(post(REGISTRY).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
            WIREMOCK.stubFor(post(REGISTRY).inScenario("outage").whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(200)));
            HttpResponse<String> response = convert("?targets=outbox,registry", testData("elmo/multi-report-nested/input.xml"),
                    "application/xml");
            String inputId = response.headers().firstValue("X-Gateway-Input-Id").orElseThrow();
            String credentialId = response.headers().firstValue("X-Gateway-Credential-Id").orElseThrow();
            assertThat(response.headers().firstValue("Link")).hasValue("</api/v1/inputs/" + inputId + ">; rel=\"receipt\"");

            JsonNode receipt = settledReceipt(inputId);

            assertThat(receipt.get("inputId").asText()).isEqualTo(inputId);
            assertThat(receipt.get("status").asText()).isEqualTo("converted");
            assertThat(receipt.get("credentialId").asText()).isEqualTo(credentialId);
            JsonNode received = receipt.get("received");
            assertThat(received.get("format").asText()).isEqualTo("elmo");
            assertThat(received.get("source").asText()).isEqualTo("http");
            assertThat(received.get("contentHash").asText()).matches("[0-9a-f]{64}");
            assertThat(received.get("at").asText()).isNotBlank();
            assertThat(receipt.get("finished").get("outcome").asText()).isEqualTo("converted");

            List<String> steps = new ArrayList<>();
            receipt.get("stages").forEach(stage -> {
                steps.add(stage.get("step").asText());
                assertThat(stage.get("outcome").asText()).isEqualTo("passed");
                assertThat(stage.get("at").asText()).isNotBlank();
            });
            assertThat(steps).containsSubsequence("ingest", "check", "map", "align", "validate", "serialise", "profile", "seal", "deliver");
            assertThat(steps).doesNotContain("record");
            JsonNode sealStep = stage(receipt, "seal");
            assertThat(sealStep.get("findings").toString()).contains("\"severity\":\"note\"", "\"code\":\"demo-seal\"");

            JsonNode seals = receipt.get("seals");
            assertThat(seals).hasSize(2);
            JsonNode output = seals.get(0);
            assertThat(output.get("purpose").asText()).isEqualTo("output");
            assertThat(output.get("profile").asText()).isEqualTo("edc-jades");
            assertThat(output.get("mediaType").asText()).isEqualTo("application/jose+json");
            assertThat(output.get("signatureFormat").asText()).isEqualTo("JAdES-BASELINE-B");
            assertThat(output.get("algorithm").asText()).isEqualTo("ES256");
            assertThat(output.get("keyId").asText()).isNotBlank();
            assertThat(output.get("certificateSubject").asText()).contains("DEMO");
            assertThat(output.get("certificateSha256").asText()).matches("[0-9a-f]{64}");
            assertThat(output.get("signingTime").asText()).isNotBlank();
            assertThat(output.get("demo").asBoolean()).isTrue();
            assertThat(output.get("credentialId").asText()).isEqualTo(credentialId);
            JsonNode jwtForm = seals.get(1);
            assertThat(jwtForm.get("purpose").asText()).isEqualTo("jwt-form");
            assertThat(jwtForm.get("profile").asText()).isEqualTo("ebsi-jwt");
            assertThat(jwtForm.get("signatureFormat").asText()).isEqualTo("JWS-compact");
            assertThat(jwtForm.get("keyId").asText()).isEqualTo(output.get("keyId").asText());

            JsonNode registry = delivery(receipt, "registry");
            assertThat(registry.get("state").asText()).isEqualTo("delivered");
            JsonNode history = registry.get("history");
            assertThat(registry.get("attempts").asInt()).isEqualTo(history.size()).isGreaterThanOrEqualTo(2);
            List<Integer> failedWith = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                JsonNode attempt = history.get(i);
                assertThat(attempt.get("attempt").asInt()).isEqualTo(i + 1);
                assertThat(attempt.get("startedAt").asText()).isNotBlank();
                assertThat(attempt.get("finishedAt").asText()).isNotBlank();
                if (i < history.size() - 1) {
                    // a cold WireMock may also time out a first request: any failure is recorded, the 503 among them
                    assertThat(attempt.get("outcome").asText()).isEqualTo("failed-retrying");
                    assertThat(attempt.get("error").asText()).isNotBlank();
                    failedWith.add(attempt.path("httpStatus").asInt(0));
                }
            }
            assertThat(failedWith).contains(503);
            JsonNode last = history.get(history.size() - 1);
            assertThat(last.get("outcome").asText()).isEqualTo("delivered");
            assertThat(last.get("httpStatus").asInt()).isEqualTo(200);
            assertThat(registry.has("nextAttemptAt")).as("no next attempt once delivered").isFalse();
            assertThat(delivery(receipt, "outbox").get("state").asText()).isEqualTo("delivered");
            assertThat(receipt.get("alignments")).isNotNull();
            assertThat(receipt.get("events").get(0).get("type").asText()).isEqualTo("received");
            assertThat(data.resolve("outbox").resolve(credentialId.substring("urn:uuid:".length()) + ".jades.json")).exists();

            assertThat(registryPosts(credentialId)).hasSizeGreaterThanOrEqualTo(2);
        }

        @Test
        void ofAQuarantinedInputNamesTheFailedStageAndItsErrorsWithoutLearnerData() throws Exception {
            HttpResponse<String> response = send("POST", "/api/v1/conversions?format=elmo", testData("elmo/invalid-date/input.xml"),
                    "application/xml");
            assertThat(response.statusCode()).isEqualTo(422);
            String inputId = response.headers().firstValue("X-Gateway-Input-Id").orElseThrow();

            JsonNode receipt = fetch("/api/v1/inputs/" + inputId);

            assertThat(receipt.get("status").asText()).isEqualTo("quarantined");
            JsonNode failed = null;
            for (JsonNode stage : receipt.get("stages")) {
                if (stage.get("outcome").asText().equals("failed")) {
                    failed = failed == null ? stage : failed;
                }
            }
            assertThat(failed).as("a failed step").isNotNull();
            JsonNode error = failed.get("findings").get(0);
            assertThat(error.get("severity").asText()).isEqualTo("error");
            assertThat(error.get("code").asText()).isEqualTo(receipt.get("finished").get("errorCode").asText());
            assertThat(error.has("message")).as("codes and locations only").isFalse();
            assertThat(stage(receipt, "quarantine").get("outcome").asText()).isEqualTo("passed");
            assertThat(receipt.get("seals")).isEmpty();
            assertThat(receipt.get("deliveries")).isEmpty();
        }

        /** Issue #14: refused as edited after signing until the canonicaliser counted a proof graph's quads as RDFC-1.0 says. */
        @Test
        void ofThe1EdTechCompleteOpenBadgeWithProofsOnItsEndorsementsSaysItsProofIsValid() throws Exception {
            Path sample = Path.of("../shared/anchors/formats/openbadges-v3/samples/1edtech-spec-examples/Complete_OpenBadgeCredential.json");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(sample), "../shared is absent: skipping the 1EdTech spec example");
            HttpResponse<String> response = convert("?format=openbadges-v3&targets=outbox", Files.readAllBytes(sample), "application/ld+json");
            String inputId = response.headers().firstValue("X-Gateway-Input-Id").orElseThrow();

            JsonNode receipt = settledReceipt(inputId);

            assertThat(receipt.get("status").asText()).isEqualTo("converted");
            List<String> proofNotes = new ArrayList<>();
            for (JsonNode stage : receipt.get("stages")) {
                for (JsonNode finding : stage.get("findings")) {
                    if (finding.get("code").asText().startsWith("proof-")) {
                        proofNotes.add(stage.get("step").asText() + " " + finding.get("severity").asText() + " "
                                + finding.get("code").asText() + " " + finding.get("location").asText());
                    }
                }
            }
            // its own proof verifies; its endorsements' proofs name their keys by https URL, never fetched: reported
            assertThat(proofNotes).containsExactlyInAnyOrder("dataIntegrity note proof-valid $.proof[0]",
                    "dataIntegrity note proof-not-checked $.credentialSubject.achievement.creator.endorsement[0].proof[0]",
                    "dataIntegrity note proof-not-checked $.credentialSubject.achievement.creator.endorsement[1].proof[0]",
                    "dataIntegrity note proof-not-checked $.credentialSubject.achievement.endorsement[0].proof[0]",
                    "dataIntegrity note proof-not-checked $.endorsement[0].proof[0]",
                    "dataIntegrity note proof-not-checked $.issuer.endorsement[0].proof[0]");
        }

        @Test
        void ofAnUnknownIdIsA404Problem() throws Exception {
            for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
                HttpResponse<String> response = send("GET", "/api/v1/inputs/" + id, null, null);
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(JSON.readTree(response.body()).get("type").asText()).isEqualTo("urn:credential-gateway:problem:input-not-found");
            }
        }
    }

    @Nested
    class ABatchSummary {
        @Test
        void countsACsvBatchWithOneBadRowAndNamesItsRow() throws Exception {
            String csv = HEADER
                    + "Ida,Receipt,Ledger keeping,Invented Institute,IE,2025-06-30\n"
                    + "Jo,Receipt,Ledger auditing,Invented Institute,IE,2025-02-30\n"
                    + "Kai,Receipt,Ledger closing,Invented Institute,IE,2025-07-01\n";
            HttpResponse<String> response = convert("?targets=outbox", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
            String batchId = JSON.readTree(response.body()).get("batchId").asText();
            assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/batches/" + batchId);
            await().atMost(Duration.ofSeconds(30)).until(() -> fetch("/api/v1/batches/" + batchId).get("deliveries").path("outbox")
                    .path("delivered").asInt() == 2);

            JsonNode summary = fetch("/api/v1/batches/" + batchId);

            assertThat(summary.get("batchId").asText()).isEqualTo(batchId);
            assertThat(summary.get("status").asText()).isEqualTo("finished");
            assertThat(summary.get("format").asText()).isEqualTo("csv");
            assertThat(summary.get("source").asText()).isEqualTo("http");
            assertThat(summary.get("startedAt").asText()).isNotBlank();
            assertThat(summary.get("finishedAt").asText()).isNotBlank();
            JsonNode counts = summary.get("counts");
            assertThat(counts.get("received").asInt()).isEqualTo(3);
            assertThat(counts.get("inProgress").asInt()).isZero();
            assertThat(counts.get("converted").asInt()).isEqualTo(2);
            assertThat(counts.get("quarantined").asInt()).isEqualTo(1);
            assertThat(summary.get("deliveries").get("outbox").get("given-up").asInt()).isZero();
            assertThat(summary.get("deliveryTotals").get("total").asInt()).isEqualTo(2);
            JsonNode bad = summary.get("quarantined");
            assertThat(bad).hasSize(1);
            assertThat(bad.get(0).get("row").asInt()).isEqualTo(2);
            assertThat(bad.get(0).get("errorCode").asText()).isEqualTo("invalid-date");
            assertThat(bad.get(0).get("errorStage").asText()).isEqualTo("check");
            assertThat(bad.get(0).get("location").asText()).isEqualTo("row 2, column awardingDate");

            JsonNode badReceipt = fetch("/api/v1/inputs/" + bad.get(0).get("inputId").asText());
            assertThat(badReceipt.get("received").get("batchId").asText()).isEqualTo(batchId);
            assertThat(badReceipt.get("received").get("batchRow").asInt()).isEqualTo(2);
        }

        @Test
        void ofAnUnknownIdIsA404Problem() throws Exception {
            HttpResponse<String> response = send("GET", "/api/v1/batches/" + UUID.randomUUID(), null, null);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).get("type").asText()).isEqualTo("urn:credential-gateway:problem:batch-not-found");
        }
    }

    @Nested
    class TheRegistry {
        @Test
        void receivesTheEbsiJwtFormThatVerifiesWithTheGatewaysKey() throws Exception {
            String csv = HEADER + "Lee,Registry,Seal keeping,Invented Institute,IE,2025-06-30\n";
            JsonNode row = JSON.readTree(convert("?targets=registry", csv.getBytes(StandardCharsets.UTF_8), "text/csv").body())
                    .get("results").get(0);
            String credentialId = row.get("credentialId").asText();
            JsonNode receipt = settledReceipt(row.get("inputId").asText());
            assertThat(delivery(receipt, "registry").get("state").asText()).isEqualTo("delivered");

            LoggedRequest request = registryPosts(credentialId).get(0);
            assertThat(request.getHeader("Content-Type")).isEqualTo("application/jwt");
            JWSObject jwt = JWSObject.parse(request.getBodyAsString());
            assertThat(jwt.getHeader().getType().getType()).isEqualTo("vc+jwt");
            X509Certificate certificate = X509CertUtils.parse(jwt.getHeader().getX509CertChain().get(0).decode());
            assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) certificate.getPublicKey()))).isTrue();
            JsonNode seal = receipt.get("seals").get(1);
            assertThat(new ECKey.Builder(ECKey.parse(certificate)).build().computeThumbprint().toString())
                    .as("signed with the key the receipt names").isEqualTo(seal.get("keyId").asText());
            JsonNode payload = JSON.readTree(jwt.getPayload().toString());
            assertThat(payload.get("jti").asText()).isEqualTo(credentialId);
            assertThat(payload.get("type").toString()).contains("VerifiableAttestation", "EuropeanDigitalCredential");

            HttpResponse<String> verified = send("POST", "/api/v1/verifications", request.getBody(), "application/jwt");
            JsonNode report = JSON.readTree(verified.body());
            assertThat(report.get("form").asText()).isEqualTo("ebsi-jwt");
            assertThat(report.get("seal").get("valid").asBoolean()).as(verified.body()).isTrue();
            assertThat(report.get("seal").get("signatures").get(0).get("trust").asText()).startsWith("signed with this gateway's own seal key");
        }

        @Test
        void getsTheSealedBodyAsTheJwtFormWhenTheProfileIsEbsiJwtAndTheOutboxFileIsADotJwt() throws Exception {
            String csv = HEADER + "Mo,Registry,Seal checking,Invented Institute,IE,2025-06-30\n";
            JsonNode row = JSON.readTree(convert("?targets=registry,outbox&profile=ebsi-jwt", csv.getBytes(StandardCharsets.UTF_8),
                    "text/csv").body()).get("results").get(0);
            String credentialId = row.get("credentialId").asText();
            JsonNode receipt = settledReceipt(row.get("inputId").asText());

            assertThat(receipt.get("seals")).hasSize(1);
            assertThat(receipt.get("seals").get(0).get("profile").asText()).isEqualTo("ebsi-jwt");
            Path file = data.resolve("outbox").resolve(credentialId.substring("urn:uuid:".length()) + ".jwt");
            assertThat(file).exists();
            assertThat(registryPosts(credentialId).get(0).getBodyAsString()).isEqualTo(Files.readString(file));
        }

        @Test
        void isNotSentTheSameCredentialAgainWhenItsContentIsConvertedInAnotherProfile() throws Exception {
            String csv = HEADER + "Nia,Registry,Seal renewing,Invented Institute,IE,2025-06-30\n";
            byte[] body = csv.getBytes(StandardCharsets.UTF_8);
            JsonNode first = JSON.readTree(convert("?targets=registry", body, "text/csv").body()).get("results").get(0);
            String credentialId = first.get("credentialId").asText();
            settledReceipt(first.get("inputId").asText());

            JsonNode second = JSON.readTree(convert("?targets=registry,outbox&profile=ob3", body, "text/csv").body()).get("results").get(0);
            assertThat(second.get("credentialId").asText()).as("the credential id does not depend on the profile").isEqualTo(credentialId);
            JsonNode receipt = settledReceipt(second.get("inputId").asText());

            assertThat(registryPosts(credentialId)).as("one registry entry per credential id").hasSize(1);
            JsonNode registry = delivery(receipt, "registry");
            assertThat(registry.get("state").asText()).isEqualTo("delivered");
            assertThat(registry.get("storedByInput").asText()).isEqualTo(first.get("inputId").asText());
            assertThat(delivery(receipt, "outbox").get("state").asText()).isEqualTo("delivered");
            assertThat(ledger.deliveriesOfCredential(credentialId)).hasSize(2)
                    .allSatisfy(d -> assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED));
        }
    }

    static JsonNode stage(JsonNode receipt, String step) {
        for (JsonNode stage : receipt.get("stages")) {
            if (stage.get("step").asText().equals(step)) {
                return stage;
            }
        }
        throw new AssertionError("no step " + step + " in " + receipt.get("stages"));
    }

    static JsonNode delivery(JsonNode receipt, String target) {
        for (JsonNode delivery : receipt.get("deliveries")) {
            if (delivery.get("target").asText().equals(target)) {
                return delivery;
            }
        }
        throw new AssertionError("no delivery to " + target + " in " + receipt.get("deliveries"));
    }
}
