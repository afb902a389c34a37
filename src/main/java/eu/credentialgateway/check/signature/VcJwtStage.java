package eu.credentialgateway.check.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.OnFailedVerification;
import eu.credentialgateway.trust.TrustAnchors;
import eu.credentialgateway.trust.VerificationKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:vcJwt}, a generic prepare step for Verifiable Credentials sent as a JWT (compact JWS: the Open Badges
 * 3.0 / CLR 2.0 "VC-JWT" proof format, VC 1.1 style with the credential in the {@code vc} claim, or VC 2.0 JOSE with
 * the credential as the payload). Runs first in {@code direct:openbadges-v3-prepare} and {@code direct:clr-v2-prepare};
 * a body that is not a compact JWS is left alone. The signature is checked with the key the header names: {@code jwk}
 * (EC, RSA, or Ed25519 OKP), else a {@code kid} that is a {@code did:key}; nothing is fetched. The body becomes the
 * credential JSON, so the rest of the pipeline (including {@code gateway:dataIntegrity} for any embedded proof)
 * sees a plain credential.
 *
 * <p>Notes: {@code signature-valid} (algorithm, key) followed by {@code signer-trusted} or {@code signer-untrusted}
 * (whether the key is a trust anchor's: {@link SignerTrust}), {@code signature-unverified} (no usable key in the header, e.g. a
 * {@code kid} naming a did:web or https key). Failures (stage check, 422, location {@code $}):
 * {@code signature-invalid} (a note instead with {@code gateway.check.on-failed-verification=continue}),
 * {@code signature-unreadable} (not a JWS with a JSON object payload), {@code signing-key-unreadable} (a jwk or did:key kid
 * that is no readable public key), and the header attacks of {@link JwsHeaderGuard} ({@code jws-alg-none},
 * {@code jws-alg-symmetric}, {@code jwk-private-key}, {@code jws-header-too-large}, {@code jws-header-unreadable}).
 * A valid signature shows the credential is unchanged since the holder of that key signed it; that the key is the
 * issuer's is established only through the trust anchors, and the JWT's {@code iss}/{@code nbf}/{@code exp} are not compared with the
 * credential.
 */
@Component("vcJwtStage")
public class VcJwtStage implements Processor {
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OnFailedVerification onFailure;
    private final TrustAnchors anchors;

    /** A stage that trusts no signer. */
    public VcJwtStage(CheckProperties properties) {
        this(properties, TrustAnchors.none());
    }

    @Autowired
    public VcJwtStage(CheckProperties properties, TrustAnchors anchors) {
        this.onFailure = properties.onFailedVerification();
        this.anchors = anchors;
    }

    @Override
    public void process(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        if (body == null || body.length > 20_000_000) {
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (!COMPACT_JWS.matcher(text).matches()) {
            return;
        }
        JsonNode header = JwsHeaderGuard.check(text, "$");
        if (header.has("x5c") && !readableCertificates(header.get("x5c"))) {
            throw new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.CHECK, "signing-key-unreadable",
                    "the certificate chain the JWT's header names (x5c) cannot be read as X.509 certificates", "$")));
        }
        JWSObject jws;
        JsonNode credential;
        try {
            jws = JWSObject.parse(text);
            JsonNode payload = JSON.readTree(jws.getPayload().toString());
            credential = payload != null && payload.path("vc").isObject() ? payload.get("vc") : payload;
        } catch (ParseException | IOException | RuntimeException e) {
            throw unreadable("the credential is not a readable JWS with a JSON payload");
        }
        if (credential == null || !credential.isObject()) {
            throw unreadable("the JWT's payload holds no credential (a JSON object, or one in its vc claim)");
        }
        JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
        Optional<PublicKey> key = key(jws);
        if (key.isEmpty() && namesAKey(header)) {
            // a key the sender named but that cannot be read must not pass as "unverified"
            throw new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.CHECK, "signing-key-unreadable",
                    "the key the JWT's header names (" + (header.has("jwk") ? "jwk" : "did:key kid")
                            + ") cannot be read as an EC, RSA or Ed25519 public key", "$")));
        }
        if (key.isEmpty()) {
            Notes.add(exchange, List.of(new Finding(Stage.CHECK, "signature-unverified", "the JWT's signature (" + algorithm
                    + ") is not checked: its header names no key usable offline (jwk, or a did:key kid); keys are never fetched", "$")));
        } else if (verifies(jws, key.get())) {
            Notes.add(exchange, List.of(new Finding(Stage.CHECK, "signature-valid", "the JWT's signature (" + algorithm
                    + ") verifies with the key its header names (" + (jws.getHeader().getJWK() != null ? "jwk" : "kid "
                    + jws.getHeader().getKeyID()) + ")", "$"), SignerTrust.note(anchors.checkKey(key.get()), "the JWT", "$")));
        } else {
            onFailure.apply(exchange, List.of(new Finding(Stage.CHECK, "signature-invalid", "the JWT's signature ("
                    + algorithm + ") does not verify with the key its header names", "$")));
        }
        try {
            exchange.getMessage().setBody(JSON.writeValueAsBytes(credential));
        } catch (IOException e) {
            throw unreadable("the JWT's credential could not be written back");
        }
    }

    /** Whether x5c is a list of base64 (not base64url) DER certificates, as RFC 7515 4.1.6 wants. */
    private static boolean readableCertificates(JsonNode x5c) {
        if (!x5c.isArray() || x5c.isEmpty()) {
            return false;
        }
        try {
            java.security.cert.CertificateFactory x509 = java.security.cert.CertificateFactory.getInstance("X.509");
            for (JsonNode certificate : x5c) {
                x509.generateCertificate(new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(certificate.asText())));
            }
            return true;
        } catch (java.security.cert.CertificateException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the header names a key that is meant to be read offline: a jwk, or a did:key kid. */
    private static boolean namesAKey(JsonNode header) {
        return header.has("jwk") || header.path("kid").asText("").startsWith("did:key:");
    }

    private static Optional<PublicKey> key(JWSObject jws) {
        try {
            JWK jwk = jws.getHeader().getJWK();
            if (jwk instanceof OctetKeyPair okp) {
                return "Ed25519".equals(okp.getCurve().getName()) ? VerificationKeys.fromRawEd25519(okp.getDecodedX()) : Optional.empty();
            }
            if (jwk instanceof AsymmetricJWK asymmetric) {
                return Optional.of(asymmetric.toPublicKey());
            }
        } catch (JOSEException | RuntimeException e) {
            return Optional.empty();
        }
        return VerificationKeys.fromDidKey(jws.getHeader().getKeyID());
    }

    private static boolean verifies(JWSObject jws, PublicKey key) {
        try {
            if (key.getAlgorithm().equals("Ed25519") || key.getAlgorithm().equals("EdDSA")) {
                if (!JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm()) && !"Ed25519".equals(jws.getHeader().getAlgorithm().getName())) {
                    return false;
                }
                Signature ed25519 = Signature.getInstance("Ed25519");
                ed25519.initVerify(key);
                ed25519.update(jws.getSigningInput());
                return ed25519.verify(jws.getSignature().decode());
            }
            return jws.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), key));
        } catch (JOSEException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static GatewayException unreadable(String message) {
        return new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.CHECK, "signature-unreadable", message, "$")));
    }
}
