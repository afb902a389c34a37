package eu.credentialgateway.seal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.CredentialForm;
import eu.credentialgateway.OpenedCredential;
import eu.credentialgateway.trust.TrustAnchors;
import eu.credentialgateway.trust.TrustProperties;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The {@code edc-jades} form for the verifier: EDC JSON-LD sealed in a JAdES JSON serialisation
 * ({@code {"payload", "signatures": [...]}}, or flattened {@code {"payload", "protected", "signature"}}),
 * as the gateway seals and as the official signed EDC samples are.
 */
@Component
class JadesCredentialForm implements CredentialForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VerifierAnchors anchors;
    private final boolean online;
    private volatile JadesVerifier verifier;

    /** Trusting {@code gateway.seal.trusted-certificates} only (no own seal), for code that runs without Spring. */
    JadesCredentialForm(SealProperties properties) {
        this(properties, TrustAnchors.none(), new TrustProperties(null, true), null);
    }

    @Autowired
    JadesCredentialForm(SealProperties properties, TrustAnchors trust, TrustProperties trustProperties, ObjectProvider<SealStage> gateway) {
        this.anchors = new VerifierAnchors(properties, trust, trustProperties.ownSeal(), gateway);
        this.online = properties.onlineRevocation();
    }

    /** Made on first use: the gateway's own seal certificate is known once the seal stage is. */
    private JadesVerifier verifier() {
        JadesVerifier current = verifier;
        if (current == null) {
            current = new JadesVerifier(anchors.anchors().certificates(), online);
            verifier = current;
        }
        return current;
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
        return new OpenedCredential(verifier().verify(document.getBytes(StandardCharsets.UTF_8)), credential, OpenedCredential.EDC);
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
