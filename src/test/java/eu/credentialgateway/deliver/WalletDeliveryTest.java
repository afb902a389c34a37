package eu.credentialgateway.deliver;

import eu.credentialgateway.GatewayDataFolders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Parallel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Target {@code wallet} end to end: a real gateway on a random port, a {@link WalletClient} that speaks
 * OpenID4VCI 1.0 over plain HTTP to it, and the gateway's own verifier for what the wallet received. The shared
 * context of {@link WireMockGateway} asks for a 6-digit PIN ({@code gateway.wallet.tx-code.length=6}).
 */
class WalletDeliveryTest extends WireMockGateway {
    /** The codes, PINs, tokens and nonces the wallet flows used (WalletClient plants them) never reached a log line. */
    @org.junit.jupiter.api.AfterAll
    static void noWalletSecretInAnyLogLine() {
        eu.credentialgateway.logs.PlantedValues.assertNoLeaks();
    }

    static final String EBSI = "EuropeanDigitalCredential_jwt_vc_json";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Wakeup wakeup;

    String base() {
        return "http://localhost:" + port;
    }

    /** The delivery's JSON once its offer exists (the dispatcher makes it a moment after the credential is stored). */
    JsonNode withOffer(UUID deliveryId, WalletClient wallet) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> wallet.json(operatorGet(base() + "/api/v1/deliveries/" + deliveryId)), d -> d.has("offer"));
    }

    /** A stand-in sealed EBSI credential (a vc+jwt the gateway does not look into), stored for the wallet. */
    UUID offeredCredential() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt")).build(),
                new JWTClaimsSet.Builder().jwtID("urn:uuid:" + UUID.randomUUID()).claim("type",
                        java.util.List.of("VerifiableCredential", "EuropeanDigitalCredential")).build());
        jwt.sign(new ECDSASigner(new ECKeyGenerator(Curve.P_256).generate()));
        org.apache.camel.Exchange exchange = new org.apache.camel.support.DefaultExchange(camel);
        exchange.getMessage().setHeader(eu.credentialgateway.GatewayHeaders.CREDENTIAL_ID, "urn:uuid:" + UUID.randomUUID());
        exchange.getMessage().setHeader(GatewayHeaders.TARGETS, "wallet");
        exchange.getMessage().setBody(jwt.serialize());
        deliverStage.process(exchange);
        return UUID.fromString(exchange.getProperty(GatewayHeaders.DELIVERY_IDS, java.util.List.class).get(0).toString());
    }

    /** An operator's GET (with the admin key): the wallet client itself has no key of the gateway. */
    HttpResponse<String> operatorGet(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", GatewayDataFolders.adminKey(data))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The pre-authorised code the offer of an operator's offer {@code detail} carries, as a wallet reads it. */
    static String codeOf(WalletClient wallet, JsonNode detail) throws Exception {
        return wallet.offer(detail.get("link").asText()).get("grants").get(WalletClient.PRE_AUTHORIZED)
                .get("pre-authorized_code").asText();
    }

    static String error(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return WalletClient.JSON.readTree(response.body()).path("error").asText();
    }

    /** Converts {@code input} over HTTP into {@code profile} for the wallet target; the gateway's 200 answer. */
    HttpResponse<String> convertForWallet(WalletClient wallet, String profile, String contentType, Path input) throws Exception {
        HttpResponse<String> converted = wallet.http.send(HttpRequest.newBuilder(URI.create(base()
                        + "/api/v1/conversions?profile=" + profile + "&targets=wallet")).header("X-API-Key", GatewayDataFolders.adminKey(data)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(input))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);
        return converted;
    }

    @Test
    void aConvertedCredentialGoesOfferTokenNonceCredentialToTheWalletAndVerifies() throws Exception {
        WalletClient wallet = new WalletClient();
        HttpResponse<String> converted = convertForWallet(wallet, "ebsi-jwt", "application/xml",
                Path.of("test-data", "elmo", "grades-with-scheme", "input.xml"));
        String inputId = converted.headers().firstValue("X-Gateway-Input-Id").orElseThrow();

        // the operator (or the learner's portal) finds the input's wallet delivery and its offer
        JsonNode listed = wallet.json(operatorGet(base() + "/api/v1/deliveries?target=wallet&inputId=" + inputId));
        assertThat(listed.get("count").asInt()).isEqualTo(1);
        UUID deliveryId = UUID.fromString(listed.get("deliveries").get(0).get("id").asText());
        JsonNode offerDetail = withOffer(deliveryId, wallet).get("offer");
        assertThat(wallet.json(operatorGet(base() + "/api/v1/deliveries/" + deliveryId)).get("delivery").get("state").asText())
                .isEqualTo("pending");
        assertThat(offerDetail.get("state").asText()).isEqualTo("open");
        String link = offerDetail.get("link").asText();
        String pin = offerDetail.get("txCode").asText();
        assertThat(pin).matches("[0-9]{6}");

        // the QR code image decodes back to the link
        HttpResponse<byte[]> qr = wallet.getBytes(offerDetail.get("qr").asText());
        assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(decodeQr(qr.body())).isEqualTo(link);

        // the wallet: offer -> metadata -> token -> nonce -> credential
        JsonNode offer = wallet.offer(link);
        String issuer = offer.get("credential_issuer").asText();
        assertThat(offer.get("credential_configuration_ids").get(0).asText()).isEqualTo(EBSI);
        JsonNode grant = offer.get("grants").get(WalletClient.PRE_AUTHORIZED);
        assertThat(grant.get("tx_code").get("length").asInt()).isEqualTo(6);
        assertThat(grant.get("tx_code").get("input_mode").asText()).isEqualTo("numeric");

        JsonNode metadata = wallet.issuerMetadata(issuer);
        assertThat(metadata.get("credential_issuer").asText()).isEqualTo(issuer);
        JsonNode configuration = metadata.get("credential_configurations_supported").get(EBSI);
        assertThat(configuration.get("format").asText()).isEqualTo("jwt_vc_json");
        assertThat(configuration.get("proof_types_supported").get("jwt").get("proof_signing_alg_values_supported").toString())
                .contains("ES256");
        assertThat(metadata.get("credential_configurations_supported").has("EuropeanDigitalCredential_jades")).isTrue();
        JsonNode authorizationServer = wallet.authorizationServerMetadata(issuer);
        assertThat(authorizationServer.get("pre-authorized_grant_anonymous_access_supported").asBoolean()).isTrue();

        HttpResponse<String> tokenAnswer = wallet.token(authorizationServer.get("token_endpoint").asText(),
                grant.get("pre-authorized_code").asText(), pin);
        JsonNode token = wallet.json(tokenAnswer);
        assertThat(tokenAnswer.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asInt()).isPositive();
        String nonce = wallet.nonce(metadata.get("nonce_endpoint").asText());

        HttpResponse<String> answer = wallet.credential(metadata.get("credential_endpoint").asText(),
                token.get("access_token").asText(), EBSI, wallet.proof(issuer, nonce));
        JsonNode credentials = wallet.json(answer).get("credentials");
        assertThat(credentials).hasSize(1);
        String credential = credentials.get(0).get("credential").asText();
        assertThat(credential).as("the very JWT the gateway sealed").isEqualTo(converted.body());

        HttpResponse<String> verified = wallet.http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/verifications")).header("X-API-Key", GatewayDataFolders.adminKey(data))
                .header("Content-Type", "application/jwt").POST(HttpRequest.BodyPublishers.ofString(credential)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode report = wallet.json(verified);
        assertThat(report.get("form").asText()).isEqualTo("ebsi-jwt");
        assertThat(report.get("seal").get("valid").asBoolean()).as(report.get("summary").asText()).isTrue();
        assertThat(report.get("valid").asBoolean()).as(report.get("summary").asText()).isTrue();

        // the delivery is delivered; the offer is used up
        JsonNode delivered = wallet.json(operatorGet(base() + "/api/v1/deliveries/" + deliveryId));
        assertThat(delivered.get("delivery").get("state").asText()).isEqualTo("delivered");
        assertThat(delivered.get("attempts").findValuesAsText("outcome")).containsExactly("pending", "delivered");
        assertThat(delivered.get("offer").get("state").asText()).isEqualTo("issued");
        assertThat(delivered.get("offer").has("txCode")).isFalse();
        assertThat(error(wallet.token(authorizationServer.get("token_endpoint").asText(),
                grant.get("pre-authorized_code").asText(), pin), 400)).as("a replayed code").isEqualTo("invalid_grant");
        assertThat(wallet.get(WalletClient.offerUri(link)).statusCode()).isEqualTo(410);
    }

    /** Offer -> metadata -> token -> nonce -> credential for the delivery's offer; returns the credential received. */
    JsonNode pickUp(WalletClient wallet, UUID deliveryId) throws Exception {
        JsonNode detail = withOffer(deliveryId, wallet).get("offer");
        JsonNode offer = wallet.offer(detail.get("link").asText());
        String issuer = offer.get("credential_issuer").asText();
        JsonNode metadata = wallet.issuerMetadata(issuer);
        String token = wallet.json(wallet.token(wallet.authorizationServerMetadata(issuer).get("token_endpoint").asText(),
                offer.get("grants").get(WalletClient.PRE_AUTHORIZED).get("pre-authorized_code").asText(),
                detail.get("txCode").asText())).get("access_token").asText();
        String nonce = wallet.nonce(metadata.get("nonce_endpoint").asText());
        return wallet.json(wallet.credential(metadata.get("credential_endpoint").asText(), token,
                offer.get("credential_configuration_ids").get(0).asText(), wallet.proof(issuer, nonce)))
                .get("credentials").get(0).get("credential");
    }

    @Test
    void aJadesSealedCredentialReachesTheWalletAsAJsonObjectAndVerifies() throws Exception {
        WalletClient wallet = new WalletClient();
        HttpResponse<String> converted = convertForWallet(wallet, "edc-jades", "application/json",
                Path.of("test-data", "openbadges-v3", "vc2-results-credits", "input.json"));
        String inputId = converted.headers().firstValue("X-Gateway-Input-Id").orElseThrow();
        UUID deliveryId = UUID.fromString(wallet.json(operatorGet(base() + "/api/v1/deliveries?target=wallet&inputId=" + inputId))
                .get("deliveries").get(0).get("id").asText());
        assertThat(withOffer(deliveryId, wallet).get("offer").get("credentialConfigurationId").asText())
                .isEqualTo("EuropeanDigitalCredential_jades");

        JsonNode credential = pickUp(wallet, deliveryId);
        assertThat(credential.isObject()).isTrue();
        assertThat(credential).isEqualTo(WalletClient.JSON.readTree(converted.body()));
        JsonNode report = wallet.json(wallet.http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/verifications")).header("X-API-Key", GatewayDataFolders.adminKey(data))
                .header("Content-Type", "application/jose+json")
                .POST(HttpRequest.BodyPublishers.ofString(WalletClient.JSON.writeValueAsString(credential))).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertThat(report.get("form").asText()).isEqualTo("edc-jades");
        assertThat(report.get("seal").get("valid").asBoolean()).as(report.get("summary").asText()).isTrue();
        assertThat(settled(deliveryId).state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aWrongOrMissingPinIsRefusedAndTooManyLockTheOffer() throws Exception {
        WalletClient wallet = new WalletClient();
        JsonNode detail = withOffer(offeredCredential(), wallet).get("offer");
        String code = codeOf(wallet, detail);
        String tokenEndpoint = base() + "/api/v1/wallet/token";
        String wrong = detail.get("txCode").asText().equals("000000") ? "111111" : "000000";

        assertThat(error(wallet.token(tokenEndpoint, code, null), 400)).isEqualTo("invalid_request");
        assertThat(error(wallet.token(tokenEndpoint, code, wrong), 400)).isEqualTo("invalid_grant");
        assertThat(error(wallet.token(tokenEndpoint, "not-a-code", detail.get("txCode").asText()), 400)).isEqualTo("invalid_grant");
        assertThat(wallet.token(tokenEndpoint, code, detail.get("txCode").asText()).statusCode()).as("the right PIN still works").isEqualTo(200);

        JsonNode locked = withOffer(offeredCredential(), wallet).get("offer");
        String lockedCode = codeOf(wallet, locked);
        String wrongAgain = locked.get("txCode").asText().equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(error(wallet.token(tokenEndpoint, lockedCode, wrongAgain), 400)).isEqualTo("invalid_grant");
        }
        assertThat(error(wallet.token(tokenEndpoint, lockedCode, locked.get("txCode").asText()), 400))
                .as("locked after 5 wrong PINs").isEqualTo("invalid_grant");
    }

    @Test
    void fiftyParallelWrongPinsLockTheOfferAfterTheConfiguredLimitNoMore() throws Exception {
        WalletClient wallet = new WalletClient();
        UUID deliveryId = offeredCredential();
        JsonNode detail = withOffer(deliveryId, wallet).get("offer");
        String code = codeOf(wallet, detail);
        String pin = detail.get("txCode").asText();
        String wrong = pin.equals("000000") ? "111111" : "000000";
        String tokenEndpoint = base() + "/api/v1/wallet/token";

        long began = System.nanoTime();
        List<JsonNode> answers = new ArrayList<>();
        for (HttpResponse<String> answer : Parallel.fire(50, () -> wallet.token(tokenEndpoint, code, wrong))) {
            assertThat(error(answer, 400)).isEqualTo("invalid_grant");
            answers.add(WalletClient.JSON.readTree(answer.body()));
        }
        long wrongOnes = answers.stream().filter(a -> a.get("error_description").asText().equals("the tx_code is wrong")).count();
        long lockedOnes = answers.stream().filter(a -> a.get("error_description").asText().contains("locked")).count();
        System.out.printf("50 parallel wrong PINs in %d ms: %d counted wrong, %d refused as locked%n",
                (System.nanoTime() - began) / 1_000_000, wrongOnes, lockedOnes);
        assertThat(wrongOnes).as("counted up to tx-code.max-failures (5)").isEqualTo(5);
        assertThat(lockedOnes).isEqualTo(45);
        assertThat(jdbc.sql("SELECT tx_code_failures FROM wallet_offer WHERE task_id = :task").param("task", deliveryId)
                .query(Integer.class).single()).isEqualTo(5);

        HttpResponse<String> right = wallet.token(tokenEndpoint, code, pin);
        assertThat(error(right, 400)).as("the right PIN after the lock").isEqualTo("invalid_grant");
        assertThat(right.body()).contains("locked").doesNotContain(pin).doesNotContain(code);
        assertThat(wallet.json(operatorGet(base() + "/api/v1/deliveries/" + deliveryId)).get("offer").get("txCodeFailures").asInt())
                .isEqualTo(5);
    }

    @Test
    void noncesAreBoundedPerClientWith429AndRetryAfter() throws Exception {
        WalletClient wallet = new WalletClient();
        String nonceEndpoint = base() + "/api/v1/wallet/nonce";
        try {
            int given = 0;
            HttpResponse<String> answer = wallet.nonceRequest(nonceEndpoint);
            while (answer.statusCode() == 200 && given <= 20) {
                given++;
                answer = wallet.nonceRequest(nonceEndpoint);
            }
            assertThat(given).as("at most gateway.wallet.nonce.max-per-client (20) unused ones").isLessThanOrEqualTo(20);
            assertThat(error(answer, 429)).isEqualTo("temporarily_unavailable");
            assertThat(answer.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                    seconds -> assertThat(seconds).isBetween(1L, 300L));
            assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM wallet_nonce WHERE client_key LIKE '%127.0.0.1%' OR client_key LIKE '%:%'")
                    .query(Long.class).single()).as("the address is not stored").isZero();
        } finally {
            jdbc.sql("DELETE FROM wallet_nonce").update(); // the other tests of this context fetch nonces from the same address
        }
    }

    @Test
    void badProofsTokensAndConfigurationsAreRefusedWithTheSpecificationsErrors() throws Exception {
        WalletClient wallet = new WalletClient();
        UUID deliveryId = offeredCredential();
        JsonNode detail = withOffer(deliveryId, wallet).get("offer");
        JsonNode offer = wallet.offer(detail.get("link").asText());
        String issuer = offer.get("credential_issuer").asText();
        String token = wallet.json(wallet.token(base() + "/api/v1/wallet/token", offer.get("grants")
                .get(WalletClient.PRE_AUTHORIZED).get("pre-authorized_code").asText(), detail.get("txCode").asText()))
                .get("access_token").asText();
        String endpoint = base() + "/api/v1/wallet/credential";
        String nonceEndpoint = base() + "/api/v1/wallet/nonce";

        HttpResponse<String> noToken = wallet.credential(endpoint, null, EBSI, wallet.proof(issuer, wallet.nonce(nonceEndpoint)));
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        HttpResponse<String> badToken = wallet.credential(endpoint, "forged", EBSI, wallet.proof(issuer, wallet.nonce(nonceEndpoint)));
        assertThat(error(badToken, 401)).isEqualTo("invalid_token");
        assertThat(badToken.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");

        String nonce = wallet.nonce(nonceEndpoint);
        assertThat(error(wallet.credential(endpoint, token, "NoSuchCredential", wallet.proof(issuer, nonce)), 400))
                .isEqualTo("unknown_credential_configuration");
        assertThat(error(wallet.credential(endpoint, token, "OpenBadgeCredential_jwt_vc_json", wallet.proof(issuer, nonce)), 403))
                .as("a configuration this token was not offered").isEqualTo("insufficient_scope");
        assertThat(error(wallet.credential(endpoint, token, EBSI, null), 400)).as("no proof").isEqualTo("invalid_proof");
        assertThat(error(wallet.credential(endpoint, token, EBSI, wallet.proof("https://another.example", nonce)), 400))
                .as("wrong aud").isEqualTo("invalid_proof");
        assertThat(error(wallet.credential(endpoint, token, EBSI, wallet.proof(issuer, null)), 400))
                .as("no nonce").isEqualTo("invalid_proof");
        assertThat(error(wallet.credential(endpoint, token, EBSI, wallet.proof("JWT", issuer, nonce, Instant.now())), 400))
                .as("wrong typ").isEqualTo("invalid_proof");
        assertThat(error(wallet.credential(endpoint, token, EBSI,
                wallet.proof("openid4vci-proof+jwt", issuer, nonce, Instant.now().minus(Duration.ofHours(1)))), 400))
                .as("stale iat").isEqualTo("invalid_proof");
        assertThat(error(wallet.credential(endpoint, token, EBSI, wallet.proof(issuer, "a-nonce-we-never-gave")), 400))
                .isEqualTo("invalid_nonce");
        assertThat(wallet.json(operatorGet(base() + "/api/v1/deliveries/" + deliveryId)).get("delivery").get("state").asText())
                .as("nothing was handed out yet").isEqualTo("pending");

        assertThat(wallet.credential(endpoint, token, EBSI, wallet.proof(issuer, nonce)).statusCode()).isEqualTo(200);
        assertThat(error(wallet.credential(endpoint, token, EBSI, wallet.proof(issuer, nonce)), 400))
                .as("a nonce is single use").isEqualTo("invalid_nonce");
        assertThat(settled(deliveryId).state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void anOfferThatExpiresUnredeemedGivesTheDeliveryUpAndAnOperatorRetryOffersAnew() throws Exception {
        WalletClient wallet = new WalletClient();
        UUID deliveryId = offeredCredential();
        JsonNode detail = withOffer(deliveryId, wallet).get("offer");
        String code = codeOf(wallet, detail);

        // the offer's time is up (expiry + token lifetime): its task falls due now
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        jdbc.sql("UPDATE wallet_offer SET expires_at = :past WHERE task_id = :task").param("past", past).param("task", deliveryId).update();
        jdbc.sql("UPDATE delivery_task SET next_attempt_at = :past WHERE task_id = :task").param("past", past).param("task", deliveryId).update();
        wakeup.ring();

        Delivery givenUp = settled(deliveryId);
        assertThat(givenUp.state()).isEqualTo(DeliveryState.GIVEN_UP);
        assertThat(givenUp.lastError()).startsWith("offer-expired");
        assertThat(error(wallet.token(base() + "/api/v1/wallet/token", code, detail.get("txCode").asText()), 400))
                .isEqualTo("invalid_grant");
        assertThat(wallet.get(WalletClient.offerUri(detail.get("link").asText())).statusCode()).isEqualTo(410);
        JsonNode shown = wallet.json(operatorGet(base() + "/api/v1/deliveries/" + deliveryId));
        assertThat(shown.get("offer").get("state").asText()).isEqualTo("expired");
        assertThat(shown.get("offer").has("txCode")).isFalse();

        HttpResponse<String> retried = wallet.http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/deliveries/"
                + deliveryId + "/retry")).header("X-API-Key", GatewayDataFolders.adminKey(data)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
        JsonNode renewed = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> wallet.json(operatorGet(base() + "/api/v1/deliveries/" + deliveryId)).get("offer"),
                        o -> o.get("earlierOffers").asInt() == 1);
        assertThat(renewed.get("state").asText()).isEqualTo("open");
        assertThat(renewed.get("id").asText()).isNotEqualTo(detail.get("id").asText());
    }

    @Test
    void aCredentialWithNoSealedFormIsGivenUpForTheWallet() throws Exception {
        Sent sent = send("wallet", ACCREDITED);
        Delivery delivery = settled(sent.deliveries().get(0));
        assertThat(delivery.state()).isEqualTo(DeliveryState.GIVEN_UP);
        assertThat(delivery.lastError()).startsWith("no-wallet-form");
    }

    @Test
    void unknownOffersAreNotFound() throws Exception {
        WalletClient wallet = new WalletClient();
        assertThat(wallet.get(base() + "/api/v1/wallet/offers/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(wallet.get(base() + "/api/v1/wallet/offers/not-a-uuid/qr").statusCode()).isEqualTo(404);
    }

    static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
