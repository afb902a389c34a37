package eu.credentialgateway.deliver;

import eu.credentialgateway.logs.PlantedValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A wallet as OpenID4VCI 1.0 describes it, speaking plain HTTP to a running gateway: it follows an
 * {@code openid-credential-offer://} link to the Credential Offer, reads the issuer's metadata, trades the
 * pre-authorised code (and PIN) for an access token, fetches a {@code c_nonce}, proves possession of its own P-256
 * key in an {@code openid4vci-proof+jwt}, and requests the credential. Each step returns the raw answer so tests can
 * look at errors too.
 */
final class WalletClient {
    static final String PRE_AUTHORIZED = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http = HttpClient.newHttpClient();
    final ECKey key;

    WalletClient() throws JOSEException {
        this.key = new ECKeyGenerator(Curve.P_256).generate();
    }

    /** The credential_offer_uri of an {@code openid-credential-offer://?credential_offer_uri=...} link. */
    static String offerUri(String link) {
        if (!link.startsWith("openid-credential-offer://?credential_offer_uri=")) {
            throw new IllegalArgumentException("not a credential offer link by reference: " + link);
        }
        return URLDecoder.decode(link.substring(link.indexOf('=') + 1), StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Section 4.1.3: the offer by reference. */
    JsonNode offer(String link) throws IOException, InterruptedException {
        return json(get(offerUri(link)));
    }

    /** Section 12.2.2: the metadata at the well-known URI made from the issuer identifier (no path here). */
    JsonNode issuerMetadata(String issuer) throws IOException, InterruptedException {
        return json(get(issuer + "/.well-known/openid-credential-issuer"));
    }

    /** RFC 8414: the gateway is its own authorization server. */
    JsonNode authorizationServerMetadata(String issuer) throws IOException, InterruptedException {
        return json(get(issuer + "/.well-known/oauth-authorization-server"));
    }

    /** Section 6.1: the token request, form-encoded; {@code txCode} null to send none. */
    HttpResponse<String> token(String tokenEndpoint, String code, String txCode) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", PRE_AUTHORIZED);
        form.put("pre-authorized_code", code);
        if (txCode != null) {
            form.put("tx_code", txCode);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
            // the code, the PIN and the access token were real: none may ever reach a log line
            PlantedValues.plant("pre-authorized code", code);
            if (txCode != null) {
                PlantedValues.plantNumber("PIN", txCode);
            }
            PlantedValues.plant("wallet access token", JSON.readTree(answer.body()).get("access_token").asText());
        }
        return answer;
    }

    /** Section 7: a fresh c_nonce. */
    String nonce(String nonceEndpoint) throws IOException, InterruptedException {
        return PlantedValues.plant("c_nonce", json(nonceRequest(nonceEndpoint)).get("c_nonce").asText());
    }

    /** Section 7: the nonce endpoint's raw answer. */
    HttpResponse<String> nonceRequest(String nonceEndpoint) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(nonceEndpoint))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Appendix F.1: a key proof signed with this wallet's key, its public JWK in the header. */
    String proof(String typ, String audience, String nonce, Instant issuedAt) throws JOSEException {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.ES256).jwk(key.toPublicJWK());
        if (typ != null) {
            header.type(new JOSEObjectType(typ));
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().audience(audience).issueTime(Date.from(issuedAt));
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims.build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    String proof(String audience, String nonce) throws JOSEException {
        return proof("openid4vci-proof+jwt", audience, nonce, Instant.now());
    }

    /** Section 8.2: the credential request with one jwt proof (none when {@code proof} is null). */
    HttpResponse<String> credential(String credentialEndpoint, String accessToken, String configurationId, String proof)
            throws IOException, InterruptedException {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("credential_configuration_id", configurationId);
        if (proof != null) {
            request.put("proofs", Map.of("jwt", java.util.List.of(proof)));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(credentialEndpoint))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)));
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
