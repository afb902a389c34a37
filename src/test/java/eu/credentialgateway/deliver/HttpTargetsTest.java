package eu.credentialgateway.deliver;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The registry and webhook targets against WireMock: faults, retries, trust, tokens, signatures. */
class HttpTargetsTest extends WireMockGateway {
    static final String REGISTRY = "/registry/credentials";
    static final String TOKEN = "/oauth/token";
    static final String HOOK = "/hooks/credentials";

    static String token(String value, int expiresIn) {
        return "{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}";
    }

    @BeforeEach
    void stubs() {
        WIREMOCK.resetAll();
        WIREMOCK.stubFor(post(TOKEN).willReturn(okJson(token("default-token", 3600))));
        // the deprecated v5 form: attributes inline
        WIREMOCK.stubFor(get("/tir/v5/issuers/" + ACCREDITED).willReturn(okJson("{\"did\":\"" + ACCREDITED + "\",\"attributes\":"
                + "[{\"hash\":\"447867ba\",\"body\":\"eyJ0\",\"issuerType\":\"TI\",\"tao\":\"did:ebsi:zTao\",\"rootTao\":\"did:ebsi:zRoot\"}]}")));
        WIREMOCK.stubFor(post(REGISTRY).willReturn(aResponse().withStatus(201)));
        WIREMOCK.stubFor(post(HOOK).willReturn(aResponse().withStatus(204)));
    }

    List<LoggedRequest> registryPostsOf(String credentialId) {
        return WIREMOCK.findAll(postRequestedFor(urlEqualTo(REGISTRY)).withHeader("Idempotency-Key", equalTo(credentialId)));
    }

    @Nested
    class RetriesTransientFaults {
        @Test
        void aRegistryAnswering503ForAWhileThenRecoveringGetsEveryCredentialWithAttemptsRecorded() throws Exception {
            String state = Scenario.STARTED;
            for (int i = 1; i <= 6; i++) {
                WIREMOCK.stubFor(post(REGISTRY).inScenario("outage").whenScenarioStateIs(state)
                        .willReturn(aResponse().withStatus(503)).willSetStateTo("failed-" + i));
                state = "failed-" + i;
            }
            WIREMOCK.stubFor(post(REGISTRY).inScenario("outage").whenScenarioStateIs(state).willReturn(aResponse().withStatus(201)));
            List<Sent> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                sent.add(send("registry", ACCREDITED));
            }

            int failedAttempts = 0;
            for (Sent credential : sent) {
                assertThat(settled(credential.deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
                List<DeliveryAttempt> attempts = ledger.attemptsFor(credential.inputId());
                assertThat(attempts.get(attempts.size() - 1).outcome()).isEqualTo("delivered");
                for (DeliveryAttempt attempt : attempts.subList(0, attempts.size() - 1)) {
                    assertThat(attempt.outcome()).isEqualTo("failed-retrying");
                    assertThat(attempt.httpStatus()).isEqualTo(503);
                    failedAttempts++;
                }
            }
            long served503 = WIREMOCK.getAllServeEvents().stream()
                    .filter(event -> event.getRequest().getUrl().equals(REGISTRY) && event.getResponse().getStatus() == 503).count();
            assertThat(served503).as("the outage was seen (scenario steps may overlap under concurrency)").isGreaterThanOrEqualTo(6);
            assertThat(failedAttempts).as("every 503 answer is a recorded failed attempt").isEqualTo(served503);
            assertThat(WIREMOCK.findAll(postRequestedFor(urlEqualTo(REGISTRY)).withHeader("Idempotency-Key", notMatching("urn:uuid:.*"))))
                    .isEmpty();
        }

        @Test
        void a429WithRetryAfterWaitsAsLongAsAsked() throws Exception {
            WIREMOCK.stubFor(post(REGISTRY).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("calm"));
            WIREMOCK.stubFor(post(REGISTRY).inScenario("busy").whenScenarioStateIs("calm").willReturn(aResponse().withStatus(201)));
            Sent credential = send("registry", ACCREDITED);

            assertThat(settled(credential.deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            List<DeliveryAttempt> attempts = ledger.attemptsFor(credential.inputId());
            assertThat(attempts).extracting(DeliveryAttempt::outcome).containsExactly("failed-retrying", "delivered");
            assertThat(attempts.get(0).httpStatus()).isEqualTo(429);
            assertThat(attempts.get(0).error()).contains("Retry-After 1000 ms");
            // the retry was not due before the second Retry-After asked for (back-off alone would be ~20 ms)
            assertThat(Duration.between(attempts.get(0).finishedAt(), attempts.get(1).startedAt())).isGreaterThan(Duration.ofMillis(950));
        }

        @Test
        void aTimeoutIsRetried() throws Exception {
            WIREMOCK.stubFor(post(REGISTRY).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(201).withFixedDelay(2000)).willSetStateTo("quick"));
            WIREMOCK.stubFor(post(REGISTRY).inScenario("slow").whenScenarioStateIs("quick").willReturn(aResponse().withStatus(201)));
            Sent credential = send("registry", ACCREDITED);

            assertThat(settled(credential.deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            List<DeliveryAttempt> attempts = ledger.attemptsFor(credential.inputId());
            assertThat(attempts.get(0).outcome()).isEqualTo("failed-retrying");
            assertThat(attempts.get(0).error()).startsWith("timeout");
            assertThat(attempts.get(attempts.size() - 1).outcome()).isEqualTo("delivered");
        }

        @Test
        void givesUpAfterTheLastAttemptAndKeepsTheTaskVisible() throws Exception {
            WIREMOCK.stubFor(post(REGISTRY).willReturn(aResponse().withStatus(502)));
            Sent credential = send("registry", ACCREDITED);

            Delivery delivery = settled(credential.deliveries().get(0));
            assertThat(delivery.state()).isEqualTo(DeliveryState.GIVEN_UP);
            assertThat(delivery.attempts()).isEqualTo(6);
            assertThat(delivery.lastError()).contains("gave up after 6 attempts");
            assertThat(ledger.list(DeliveryState.GIVEN_UP, "registry", 1000)).extracting(Delivery::id).contains(delivery.id());
        }
    }

    @Nested
    class RefusesWithoutRetrying {
        @Test
        void anIssuerThatIsNotAccredited() throws Exception {
            WIREMOCK.stubFor(get("/tir/v5/issuers/did:ebsi:zUnknownIssuer").willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Identifier Not Found\",\"status\":404}")));
            Sent credential = send("registry", "did:ebsi:zUnknownIssuer");

            Delivery delivery = settled(credential.deliveries().get(0));
            assertThat(delivery.state()).isEqualTo(DeliveryState.GIVEN_UP);
            assertRefusedWithoutRetry(credential, "issuer-not-accredited");
            assertThat(delivery.lastError()).startsWith("issuer-not-accredited").contains("not registered");
            assertThat(registryPostsOf(credential.credentialId())).isEmpty();
        }

        @Test
        void anIssuerWhoseOnlyAttributeIsRevokedInTheCurrentV5Form() throws Exception {
            String did = "did:ebsi:zRevokedIssuer";
            WIREMOCK.stubFor(get("/tir/v5/issuers/" + did).willReturn(okJson("{\"did\":\"" + did + "\",\"attributes\":\"https://elsewhere.invalid/x\","
                    + "\"hasAttributes\":true}")));
            WIREMOCK.stubFor(get("/tir/v5/issuers/" + did + "/attributes").willReturn(okJson("{\"items\":[{\"id\":\"abc123\","
                    + "\"href\":\"https://elsewhere.invalid/x/abc123\"}],\"total\":1}")));
            WIREMOCK.stubFor(get("/tir/v5/issuers/" + did + "/attributes/abc123").willReturn(okJson("{\"did\":\"" + did + "\","
                    + "\"attribute\":{\"hash\":\"abc123\",\"body\":\"eyJ0\",\"issuerType\":\"Revoked\"}}")));
            Sent credential = send("registry", did);

            Delivery delivery = settled(credential.deliveries().get(0));
            assertThat(delivery.state()).isEqualTo(DeliveryState.GIVEN_UP);
            assertThat(delivery.lastError()).startsWith("issuer-not-accredited");
            assertThat(WIREMOCK.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathMatching("/tir/v5/.*")))).hasSize(3);
        }

        @Test
        void anIssuerAccreditedInTheCurrentV5FormIsDelivered() throws Exception {
            String did = "did:ebsi:zTaoIssuer";
            WIREMOCK.stubFor(get("/tir/v5/issuers/" + did).willReturn(okJson("{\"did\":\"" + did + "\",\"attributes\":\"x\",\"hasAttributes\":true}")));
            WIREMOCK.stubFor(get("/tir/v5/issuers/" + did + "/attributes").willReturn(okJson("{\"items\":[{\"id\":\"ff01\"}],\"total\":1}")));
            WIREMOCK.stubFor(get("/tir/v5/issuers/" + did + "/attributes/ff01").willReturn(okJson("{\"did\":\"" + did + "\","
                    + "\"attribute\":{\"hash\":\"ff01\",\"issuerType\":\"TAO\"}}")));

            assertThat(settled(send("registry", did).deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(settled(send("registry", did).deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(WIREMOCK.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathMatching("/tir/v5/.*"))))
                    .as("the answer is cached").hasSize(3);
        }

        @Test
        void aClientErrorOtherThan408Or429() throws Exception {
            WIREMOCK.stubFor(post(REGISTRY).willReturn(aResponse().withStatus(422)));
            Sent credential = send("registry", ACCREDITED);

            Delivery delivery = settled(credential.deliveries().get(0));
            assertThat(delivery.state()).isEqualTo(DeliveryState.GIVEN_UP);
            assertThat(delivery.lastStatus()).isEqualTo(422);
            assertRefusedWithoutRetry(credential, "http-422");
        }

        /**
         * The refusal ended the delivery at once: it is the last attempt, and every attempt before it (if any) was a
         * timeout, which a loaded test machine may cause and which is rightly retried.
         */
        void assertRefusedWithoutRetry(Sent credential, String refusal) {
            List<DeliveryAttempt> attempts = ledger.attemptsFor(credential.inputId());
            assertThat(attempts).isNotEmpty();
            DeliveryAttempt last = attempts.get(attempts.size() - 1);
            assertThat(last.outcome()).as("%s", attempts).isEqualTo(DeliveryState.GIVEN_UP.id());
            assertThat(last.error()).as("%s", attempts).startsWith(refusal);
            assertThat(attempts.subList(0, attempts.size() - 1)).as("attempts before the refusal")
                    .allSatisfy(earlier -> assertThat(earlier.error()).startsWith("timeout"));
        }
    }

    @Nested
    class UsesOAuth2Tokens {
        @Test
        void aRejectedTokenIsReplacedAndTheCredentialSentAgainInTheSameAttempt() throws Exception {
            // whatever token is cached now is live and is not "fresh-token"
            assertThat(settled(send("registry", ACCREDITED).deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            WIREMOCK.resetAll();
            stubTrust();
            WIREMOCK.stubFor(post(TOKEN).willReturn(okJson(token("fresh-token", 3600))));
            WIREMOCK.stubFor(post(REGISTRY).withHeader("Authorization", equalTo("Bearer fresh-token")).atPriority(1)
                    .willReturn(aResponse().withStatus(201)));
            WIREMOCK.stubFor(post(REGISTRY).atPriority(5).willReturn(aResponse().withStatus(401)));
            Sent credential = send("registry", ACCREDITED);

            assertThat(settled(credential.deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(ledger.attemptsFor(credential.inputId())).hasSize(1);
            assertThat(WIREMOCK.findAll(postRequestedFor(urlEqualTo(TOKEN)))).hasSize(1);
            assertThat(registryPostsOf(credential.credentialId())).extracting(r -> r.getHeader("Authorization"))
                    .hasSize(2).last().isEqualTo("Bearer fresh-token");
        }

        @Test
        void anExpiredTokenIsRefreshedAndALiveOneReused() throws Exception {
            WIREMOCK.resetAll();
            stubTrust();
            WIREMOCK.stubFor(post(TOKEN).willReturn(okJson(token("short-lived", 0))));
            WIREMOCK.stubFor(post(REGISTRY).withHeader("Authorization", equalTo("Bearer short-lived")).atPriority(1)
                    .willReturn(aResponse().withStatus(201)));
            WIREMOCK.stubFor(post(REGISTRY).atPriority(5).willReturn(aResponse().withStatus(401)));
            assertThat(settled(send("registry", ACCREDITED).deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);

            WIREMOCK.resetRequests();
            for (int i = 0; i < 3; i++) {
                assertThat(settled(send("registry", ACCREDITED).deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            }
            assertThat(WIREMOCK.findAll(postRequestedFor(urlEqualTo(TOKEN)))).as("expired at once: fetched per send").hasSize(3);
            assertThat(WIREMOCK.findAll(postRequestedFor(urlEqualTo(REGISTRY)))).as("no 401 on the way").hasSize(3);

            WIREMOCK.stubFor(post(TOKEN).willReturn(okJson(token("long-lived", 3600))));
            WIREMOCK.stubFor(post(REGISTRY).withHeader("Authorization", equalTo("Bearer long-lived")).atPriority(1)
                    .willReturn(aResponse().withStatus(201)));
            assertThat(settled(send("registry", ACCREDITED).deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            WIREMOCK.resetRequests();
            for (int i = 0; i < 3; i++) {
                assertThat(settled(send("registry", ACCREDITED).deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);
            }
            assertThat(WIREMOCK.findAll(postRequestedFor(urlEqualTo(TOKEN)))).as("cached until it expires").isEmpty();
            List<LoggedRequest> tokenAuth = WIREMOCK.findAll(postRequestedFor(urlEqualTo(REGISTRY)));
            assertThat(tokenAuth).extracting(r -> r.getHeader("Authorization")).containsOnly("Bearer long-lived");
        }

        void stubTrust() {
            WIREMOCK.stubFor(get("/tir/v5/issuers/" + ACCREDITED).willReturn(okJson("{\"did\":\"" + ACCREDITED
                    + "\",\"attributes\":[{\"issuerType\":\"RootTAO\"}]}")));
        }
    }

    @Nested
    class SignsWebhooks {
        @Test
        void theReceiverCanVerifyTheSignatureOverTimestampAndBody() throws Exception {
            Sent credential = send("webhook", ACCREDITED);
            assertThat(settled(credential.deliveries().get(0)).state()).isEqualTo(DeliveryState.DELIVERED);

            LoggedRequest hook = WIREMOCK.findAll(postRequestedFor(urlEqualTo(HOOK))
                    .withHeader("Idempotency-Key", equalTo(credential.credentialId()))).get(0);
            assertThat(hook.getBodyAsString()).isEqualTo(credential.body());
            long timestamp = Long.parseLong(hook.getHeader("X-Gateway-Timestamp"));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + java.util.HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + hook.getBodyAsString()).getBytes(StandardCharsets.UTF_8)));
            assertThat(hook.getHeader("X-Gateway-Signature")).isEqualTo(expected);
            assertThat(Math.abs(System.currentTimeMillis() / 1000 - timestamp)).isLessThan(300);
        }

        @Test
        void oneCredentialGoesToSeveralTargetsEachOnce() throws Exception {
            Sent credential = send("registry,webhook,outbox", ACCREDITED);
            Map<String, DeliveryState> states = credential.deliveries().stream().map(id -> settled(id))
                    .collect(Collectors.toMap(Delivery::target, Delivery::state));

            assertThat(states).containsOnly(Map.entry("registry", DeliveryState.DELIVERED), Map.entry("webhook", DeliveryState.DELIVERED),
                    Map.entry("outbox", DeliveryState.DELIVERED));
            assertThat(registryPostsOf(credential.credentialId())).hasSize(1)
                    .allSatisfy(post -> assertThat(post.containsHeader("Upgrade")).as("an h2c upgrade once made the JDK client post twice").isFalse());
            assertThat(data.resolve("outbox").resolve(credential.credentialId().substring(9) + ".jsonld")).hasContent(credential.body());
        }
    }
}
