package eu.credentialgateway.seal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.verify.CredentialForm;
import eu.credentialgateway.verify.OpenedCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The {@code edc-jades} form for the verifier: EDC JSON-LD sealed in a JAdES JSON serialisation
 * ({@code {"payload", "signatures": [...]}}, or flattened {@code {"payload", "protected", "signature"}}),
 * as the gateway seals and as the official signed EDC samples are.
 */
@Component
class JadesCredentialForm implements CredentialForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JadesVerifier verifier;

    JadesCredentialForm(SealProperties properties) {
        this.verifier = new JadesVerifier(properties.trustedCertificates(), properties.onlineRevocation());
    }

    @Override
    public String id() {
        return JadesSealer.PROFILE;
    }

    @Override
    public boolean recognises(String document) {
        String start = document.stripLeading();
        if (!start.startsWith("{")) {
            return false;
        }
        JsonNode root = read(document);
        return root != null && root.path("payload").isTextual()
                && (root.path("signatures").isArray() || root.path("protected").isTextual());
    }

    @Override
    public OpenedCredential open(String document) {
        JsonNode root = read(document);
        if (root == null || !root.path("payload").isTextual()) {
            throw new IllegalArgumentException("not a JAdES JSON document: no payload");
        }
        JsonNode first = root.path("signatures").isArray() ? root.path("signatures").path(0) : root;
        String payload = root.get("payload").asText();
        String credential = unencoded(first) ? payload : new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return new OpenedCredential(verifier.verify(document.getBytes(StandardCharsets.UTF_8)), credential, OpenedCredential.EDC);
    }

    /** RFC 7797: {@code "b64": false} in the protected header means the payload is the content itself. */
    private static boolean unencoded(JsonNode signature) {
        if (!signature.path("protected").isTextual()) {
            return false;
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(signature.get("protected").asText()));
            return header.path("b64").isBoolean() && !header.get("b64").asBoolean();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
