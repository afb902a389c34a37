package eu.credentialgateway.deliver;

import eu.credentialgateway.GatewayDataFolders;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/deliveries}, {@code /actuator/prometheus} and {@code /actuator/health} over HTTP. */
class DeliveryApiTest extends WireMockGateway {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void stubs() {
        WIREMOCK.resetAll();
        WIREMOCK.stubFor(post("/oauth/token").willReturn(okJson("{\"access_token\":\"api-token\",\"expires_in\":3600}")));
        WIREMOCK.stubFor(get("/tir/v5/issuers/" + ACCREDITED).willReturn(okJson("{\"did\":\"" + ACCREDITED
                + "\",\"attributes\":[{\"issuerType\":\"TI\"}]}")));
        WIREMOCK.stubFor(post("/registry/credentials").willReturn(aResponse().withStatus(201)));
        WIREMOCK.stubFor(post("/hooks/credentials").willReturn(aResponse().withStatus(204)));
        WIREMOCK.stubFor(com.github.tomakehurst.wiremock.client.WireMock.head(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(aResponse().withStatus(405)));
    }

    HttpResponse<String> call(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-API-Key", GatewayDataFolders.adminKey(data))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
    }

    @Nested
    class Deliveries {
        @Test
        void aGivenUpDeliveryIsListedShownAndRetriedByAnOperator() throws Exception {
            WIREMOCK.stubFor(post("/registry/credentials").willReturn(aResponse().withStatus(400)));
            Sent credential = send("registry", ACCREDITED);
            UUID id = credential.deliveries().get(0);
            assertThat(settled(id).state()).isEqualTo(DeliveryState.GIVEN_UP);

            JsonNode list = JSON.readTree(call("GET", "/api/v1/deliveries?state=given-up&target=registry").body());
            assertThat(list.get("deliveries").findValuesAsText("id")).contains(id.toString());
            JsonNode one = JSON.readTree(call("GET", "/api/v1/deliveries/" + id).body());
            assertThat(one.get("delivery").get("state").asText()).isEqualTo("given-up");
            assertThat(one.get("delivery").get("credentialId").asText()).isEqualTo(credential.credentialId());
            assertThat(one.get("attempts").get(0).get("httpStatus").asInt()).isEqualTo(400);

            WIREMOCK.stubFor(post("/registry/credentials").willReturn(aResponse().withStatus(201)));
            HttpResponse<String> retried = call("POST", "/api/v1/deliveries/" + id + "/retry");
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
            assertThat(settled(id).state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(ledger.attempts(id)).extracting(DeliveryAttempt::outcome).containsExactly("given-up", "delivered");

            assertProblem(call("POST", "/api/v1/deliveries/" + id + "/retry"), 409, "not-retryable");
        }

        @Test
        void unknownIdsAndStatesAreProblems() throws Exception {
            assertProblem(call("GET", "/api/v1/deliveries/" + UUID.randomUUID()), 404, "delivery-not-found");
            assertProblem(call("GET", "/api/v1/deliveries/not-a-uuid"), 404, "delivery-not-found");
            assertProblem(call("POST", "/api/v1/deliveries/" + UUID.randomUUID() + "/retry"), 404, "delivery-not-found");
            assertProblem(call("GET", "/api/v1/deliveries?state=lost"), 400, "invalid-state");
        }
    }

    @Nested
    class TheDeliverStageRefuses {
        String refusal(String credentialId, String body, String targets) {
            org.apache.camel.Exchange exchange = new org.apache.camel.support.DefaultExchange(camel);
            exchange.getMessage().setHeader(eu.credentialgateway.GatewayHeaders.CREDENTIAL_ID, credentialId);
            exchange.getMessage().setHeader(GatewayHeaders.TARGETS, targets);
            exchange.getMessage().setBody(body);
            try {
                deliverStage.process(exchange);
                return "stored";
            } catch (eu.credentialgateway.GatewayException refused) {
                assertThat(refused.findings().get(0).stage()).isEqualTo(eu.credentialgateway.Stage.DELIVER);
                return refused.findings().get(0).code();
            } catch (Exception other) {
                return other.toString();
            }
        }

        @Test
        void anUnknownTargetOneNotConfiguredABadIdAndAnEmptyCredential() {
            String id = "urn:uuid:" + UUID.randomUUID();
            assertThat(refusal(id, "{}", "pigeon")).isEqualTo("unknown-target");
            assertThat(refusal(id, "{}", "../outbox")).isEqualTo("unknown-target");
            assertThat(refusal(id, "{}", "kafka")).isEqualTo("target-not-configured");
            assertThat(refusal(id, "{}", " , ")).isEqualTo("no-target");
            assertThat(refusal("urn:uuid:1-2-3", "{}", "outbox")).isEqualTo("invalid-credential-id");
            assertThat(refusal(id, " ", "outbox")).isEqualTo("empty-credential");
            assertThat(ledger.find(UUID.randomUUID())).isEmpty();
        }
    }

    @Nested
    class MetricsAndHealth {
        @Test
        void prometheusShowsDeliveriesPerTargetAndStepsPerStage() throws Exception {
            assertThat(settled(send("registry", ACCREDITED).deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            HttpRequest conversion = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conversions?targets=outbox")).header("X-API-Key", GatewayDataFolders.adminKey(data))
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Path.of("test-data/elmo/multi-report-nested/input.xml"))))
                    .build();
            assertThat(http.send(conversion, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            HttpResponse<String> metrics = call("GET", "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .containsPattern("gateway_delivery_attempts_seconds_count\\{outcome=\"delivered\",target=\"registry\"} [1-9]")
                    .containsPattern("gateway_step_seconds_count\\{outcome=\"ok\",stage=\"map\",step=\"map\"} [1-9]")
                    .containsPattern("gateway_step_seconds_count\\{outcome=\"ok\",stage=\"serialise\",step=\"profile\"} [1-9]")
                    .containsPattern("gateway_step_seconds_count\\{outcome=\"ok\",stage=\"deliver\",step=\"deliver\"} [1-9]");
        }

        @Test
        void healthShowsTheDatabaseAndEveryConfiguredTarget() throws Exception {
            assertThat(settled(send("registry", ACCREDITED).deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            HttpResponse<String> response = call("GET", "/actuator/health");
            JsonNode health = JSON.readTree(response.body());

            assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
            JsonNode targets = health.at("/components/delivery/components");
            assertThat(targets.at("/registry/status").asText()).as(response.body()).isEqualTo("UP");
            assertThat(targets.at("/registry/details/reachable").asBoolean()).isTrue();
            assertThat(targets.at("/registry/details/lastOutcome").asText()).isEqualTo("delivered");
            assertThat(targets.at("/webhook/details/reachable").asBoolean()).isTrue();
            assertThat(targets.at("/outbox/status").asText()).isEqualTo("UP");
            assertThat(targets.has("kafka")).as("Kafka is not configured here").isFalse();
            assertThat(targets.at("/wallet/status").asText()).as("route-only targets are shown too").isEqualTo("UP");
            assertThat(targets.at("/wallet/details/givenUp").asLong()).isZero();
        }
    }
}
