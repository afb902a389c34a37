package eu.credentialgateway.check.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.check.OnFailedVerification;
import eu.credentialgateway.trust.TrustAnchors;
import java.io.IOException;
import java.security.PublicKey;
import java.text.ParseException;
import java.util.List;

/** One compact JWS of a signed Open Badges 2.0 assertion, at {@code location} in the request. */
final class SignedAssertion {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String compact;
    private final String location;
    private final TrustAnchors anchors;

    SignedAssertion(String compact, String location, TrustAnchors anchors) {
        this.compact = compact;
        this.location = location;
        this.anchors = anchors;
    }

    /**
     * The payload, once the signature is checked against the key the request brought (chosen by the
     * payload's {@code verification.creator}, else the only key); adds a {@code signature-valid} note with a
     * {@code signer-trusted} or {@code signer-untrusted} one, or a {@code signature-unverified} note, or throws
     * {@code signature-invalid}.
     */
    JsonNode verify(List<JsonNode> keys, List<Finding> notes) {
        List<Finding> failures = new java.util.ArrayList<>();
        JsonNode payload = verify(keys, notes, failures);
        if (!failures.isEmpty()) {
            throw new GatewayException(Rejection.INVALID, failures);
        }
        return payload;
    }

    /**
     * As {@link #verify(List, List)}, but a signature that does not match is added to {@code failures} (mutable)
     * and the payload returned: the caller's {@link OnFailedVerification} decides.
     */
    JsonNode verify(List<JsonNode> keys, List<Finding> notes, List<Finding> failures) {
        JwsHeaderGuard.check(compact, location);
        JWSObject jws;
        JsonNode payload;
        try {
            jws = JWSObject.parse(compact);
            payload = JSON.readTree(jws.getPayload().toString());
        } catch (ParseException | IOException | RuntimeException e) {
            throw reject("signature-unreadable", "the signed assertion is not a readable JWS with a JSON payload");
        }
        if (payload == null || !payload.isObject()) {
            throw reject("signature-unreadable", "the signed assertion's payload is not a JSON object");
        }
        JsonNode key = SigningKeys.choose(keys, payload.path("verification").path("creator").asText(""));
        if (key == null) {
            notes.add(new Finding(Stage.CHECK, "signature-unverified", "no CryptographicKey for the signed assertion came with"
                    + " the request (hosted keys are never fetched): converted without checking the signature", location));
            return payload;
        }
        PublicKey publicKey = SigningKeys.publicKey(key).orElseThrow(() -> reject("signing-key-unreadable",
                "the CryptographicKey sent with the request holds no readable RSA or EC public key (publicKeyPem)"));
        boolean valid;
        try {
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), publicKey);
            valid = jws.verify(verifier);
        } catch (JOSEException | RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            Finding invalid = new Finding(Stage.CHECK, "signature-invalid",
                    "the signed assertion's signature does not match the CryptographicKey sent with it", location);
            failures.add(invalid);
            return payload;
        }
        notes.add(new Finding(Stage.CHECK, "signature-valid", "the signed assertion's JWS signature ("
                + jws.getHeader().getAlgorithm() + ") matches the CryptographicKey sent with it", location));
        notes.add(SignerTrust.note(anchors.checkKey(publicKey), "the signed assertion", location));
        return payload;
    }

    private GatewayException reject(String code, String message) {
        return new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.CHECK, code, message, location)));
    }
}
