package eu.credentialgateway.check.signature;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a hostile JWS header before any key is built or signature computed, with a code per attack:
 * {@code jws-header-too-large} (the encoded header over {@value #MAX_HEADER_CHARACTERS} characters),
 * {@code jws-header-unreadable} (not base64url JSON, or a parameter given twice), {@code jws-alg-none}
 * (an unsigned JWT), {@code jws-alg-symmetric} (HS256/384/512: a public key used as an HMAC secret is the classic
 * key confusion, and the gateway holds no shared secrets), {@code jwk-private-key} (a header {@code jwk} carrying
 * private parts: the signer leaked its key, so the signature proves nothing), {@code jws-extension-unsupported}
 * (a {@code crit} or {@code b64} parameter: extensions the gateway does not implement).
 */
final class JwsHeaderGuard {
    /** Far above any honest header (a jwk with an RSA-4096 modulus is about 1 KB encoded). */
    static final int MAX_HEADER_CHARACTERS = 8_192;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> PRIVATE_PARTS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private JwsHeaderGuard() {
    }

    /** The decoded header of a compact JWS, or a rejection naming the attack. */
    static JsonNode check(String compact, String location) {
        int dot = compact.indexOf('.');
        String encoded = dot < 0 ? compact : compact.substring(0, dot);
        if (encoded.length() > MAX_HEADER_CHARACTERS) {
            throw reject("jws-header-too-large", "the JWS header is longer than " + MAX_HEADER_CHARACTERS + " characters", location);
        }
        JsonNode header;
        try {
            header = JSON.readTree(Base64.getUrlDecoder().decode(encoded));
        } catch (IOException | IllegalArgumentException e) {
            throw reject("jws-header-unreadable", "the JWS header is not base64url JSON, or names a parameter twice", location);
        }
        if (header == null || !header.isObject() || !header.path("alg").isTextual()) {
            throw reject("jws-header-unreadable", "the JWS header is not a JSON object with an alg", location);
        }
        String alg = header.path("alg").asText().toUpperCase(Locale.ROOT);
        if ("NONE".equals(alg)) {
            throw reject("jws-alg-none", "the JWT is unsigned (alg none)", location);
        }
        if (alg.startsWith("HS")) {
            throw reject("jws-alg-symmetric", "the JWS uses a shared-secret algorithm (HMAC): only public-key signatures are"
                    + " accepted", location);
        }
        if (header.has("crit") || header.has("b64")) {
            // RFC 7515 4.1.11: an extension a recipient does not understand makes the JWS invalid; the gateway
            // honours none, and an unencoded payload (RFC 7797 b64) would be signed bytes other than those it reads
            throw reject("jws-extension-unsupported", "the JWS header names an extension (crit, b64) the gateway does not"
                    + " support", location);
        }
        JsonNode jwk = header.path("jwk");
        if (jwk.isObject()) {
            for (String part : PRIVATE_PARTS) {
                if (jwk.has(part)) {
                    throw reject("jwk-private-key", "the JWS header's jwk carries private key material (" + part + ")", location);
                }
            }
        }
        return header;
    }

    private static GatewayException reject(String code, String message, String location) {
        return new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.CHECK, code, message, location)));
    }
}
