package eu.credentialgateway.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.X509CertUtils;
import eu.credentialgateway.CredentialForm;
import eu.credentialgateway.OpenedCredential;
import eu.credentialgateway.OutputProfile;
import eu.credentialgateway.SealCheck;
import eu.credentialgateway.trust.TrustAnchors;
import eu.credentialgateway.trust.TrustProperties;
import eu.credentialgateway.trust.TrustVerdict;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The JWT forms for the verifier: a compact JWS whose payload is a VC 2.0 credential (or, VCDM 1.1 style, holds
 * it in a {@code vc} claim), as the gateway's {@code ebsi-jwt} and {@code ob3} seals are. The signature is checked
 * with the key the token names: its {@code x5c} certificate, else its {@code jwk}, else the gateway's own seal key.
 * The registered claims must agree with the credential ({@code iss} = issuer id, {@code sub} = subject id, {@code jti}
 * = id, {@code nbf} = validFrom, {@code exp} = validUntil; OB 3.0 says a token where they differ is not valid). Trust
 * ({@link VerifierAnchors}): an {@code x5c} chain must validate (PKIX, {@link TrustAnchors#checkChain}) to an anchor
 * certificate, so a self-signed leaf followed by a trusted certificate that did not sign it is NOT trusted; a
 * {@code jwk} key must be an anchor key or the key of an anchor certificate. Only an intact token is trusted.
 */
abstract class JwtCredentialForm implements CredentialForm {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Set<String> JWT_CLAIMS = Set.of("iss", "sub", "aud", "jti", "nbf", "iat", "exp");

    private final OutputProfile profile;
    private final VerifierAnchors anchors;
    private final ObjectProvider<SealStage> gateway;

    JwtCredentialForm(OutputProfile profile, SealProperties properties, TrustAnchors trust, TrustProperties trustProperties,
                      ObjectProvider<SealStage> gateway) {
        this.profile = profile;
        this.anchors = new VerifierAnchors(properties, trust, trustProperties.ownSeal(), gateway);
        this.gateway = gateway;
    }

    /** The EBSI VCDM 2.0 Europass EDC in a JWT. */
    @Component
    static final class Ebsi extends JwtCredentialForm {
        /** Trusting {@code gateway.seal.trusted-certificates} only, for code that runs without Spring. */
        Ebsi(SealProperties properties, ObjectProvider<SealStage> gateway) {
            this(properties, TrustAnchors.none(), new TrustProperties(null, true), gateway);
        }

        @Autowired
        Ebsi(SealProperties properties, TrustAnchors trust, TrustProperties trustProperties, ObjectProvider<SealStage> gateway) {
            super(OutputProfile.EBSI_JWT, properties, trust, trustProperties, gateway);
        }

        @Override
        boolean holdsMine(JsonNode header, JsonNode credential) {
            return credential != null ? types(credential).contains("EuropeanDigitalCredential") : "vc+jwt".equals(header.path("typ").asText());
        }
    }

    /** An Open Badges 3.0 credential in a JWT. */
    @Component
    static final class OpenBadge extends JwtCredentialForm {
        /** Trusting {@code gateway.seal.trusted-certificates} only, for code that runs without Spring. */
        OpenBadge(SealProperties properties, ObjectProvider<SealStage> gateway) {
            this(properties, TrustAnchors.none(), new TrustProperties(null, true), gateway);
        }

        @Autowired
        OpenBadge(SealProperties properties, TrustAnchors trust, TrustProperties trustProperties, ObjectProvider<SealStage> gateway) {
            super(OutputProfile.OB3, properties, trust, trustProperties, gateway);
        }

        @Override
        boolean holdsMine(JsonNode header, JsonNode credential) {
            if (credential == null) {
                return header.has("jwk");
            }
            List<String> types = types(credential);
            return types.contains("OpenBadgeCredential") || types.contains("AchievementCredential");
        }
    }

    /** Whether a token with this header and credential (null when the payload cannot be read) is in this form. */
    abstract boolean holdsMine(JsonNode header, JsonNode credential);

    @Override
    public String id() {
        return profile.id();
    }

    @Override
    public boolean recognises(String document) {
        String token = document.strip();
        if (!COMPACT.matcher(token).matches()) {
            return false;
        }
        String[] parts = token.split("\\.");
        JsonNode header = json(new Base64URL(parts[0]).decode());
        return header != null && header.hasNonNull("alg") && holdsMine(header, credentialOf(json(new Base64URL(parts[1]).decode())));
    }

    @Override
    public OpenedCredential open(String document) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(document.strip());
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a compact JWS: " + e.getMessage(), e);
        }
        JsonNode claims = json(jws.getPayload().toBytes());
        JsonNode credential = credentialOf(claims);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Signer signer = signerOf(jws.getHeader());
        boolean signatureOk = signer != null && verifies(jws, signer.key());
        if (signer == null) {
            errors.add("the token names no key (no x5c, no jwk) and this gateway has no seal key to try");
        } else if (!signatureOk) {
            errors.add("the signature does not verify with " + signer.name() + ": the token was changed after signing or signed with another key");
        }
        if (claims == null || credential == null) {
            errors.add("the payload is not a JSON credential");
        } else {
            JwtClaims.compare(claims, credential, errors, warnings);
        }
        boolean intact = signatureOk && errors.isEmpty();
        TrustVerdict verdict = signer == null ? null : trustOf(signer);
        boolean isTrusted = intact && verdict != null && verdict.trusted();
        String trust = (signer != null && signer.own() ? "signed with this gateway's own seal key; " : "")
                + (isTrusted ? "the signer is trusted: " + verdict.reason() : "the signer is NOT trusted: "
                + (verdict == null ? "no key to judge" : !intact && verdict.trusted() ? "the token is not intact"
                : verdict.reason() + anchors.hintWhenNone()));
        String typ = jws.getHeader().getType() == null ? null : jws.getHeader().getType().toString();
        SealCheck check = new SealCheck(intact,
                intact ? (isTrusted ? "TOTAL_PASSED" : "INDETERMINATE") : "TOTAL_FAILED",
                intact ? (isTrusted ? null : "NO_CERTIFICATE_CHAIN_FOUND") : (signatureOk ? "FORMAT_FAILURE" : "SIG_CRYPTO_FAILURE"),
                "JWT (compact JWS), " + jws.getHeader().getAlgorithm() + (typ == null ? "" : ", typ " + typ),
                signer == null ? "" : signer.name(),
                claims != null && claims.path("iat").canConvertToLong() ? Instant.ofEpochSecond(claims.get("iat").asLong()).toString() : null,
                0, isTrusted, trust, List.of(), errors, warnings);
        return new OpenedCredential(List.of(check), credential == null ? "" : credential.toString(), profile.id());
    }

    /** Who signed, by the key the header names. */
    private record Signer(PublicKey key, String name, List<X509Certificate> chain, boolean own) {
    }

    private Signer signerOf(JWSHeader header) {
        List<X509Certificate> own = gatewayChain();
        if (header.getX509CertChain() != null && !header.getX509CertChain().isEmpty()) {
            List<X509Certificate> chain = header.getX509CertChain().stream().map(b -> X509CertUtils.parse(b.decode())).toList();
            if (chain.contains(null)) {
                return null;
            }
            X509Certificate leaf = chain.get(0);
            return new Signer(leaf.getPublicKey(), leaf.getSubjectX500Principal().getName(), chain, !own.isEmpty() && own.get(0).equals(leaf));
        }
        if (header.getJWK() instanceof AsymmetricJWK jwk) {
            try {
                PublicKey key = jwk.toPublicKey();
                X509Certificate known = certificateWithKey(key, own);
                boolean isOwn = !own.isEmpty() && own.get(0).getPublicKey().equals(key);
                String name = known != null ? known.getSubjectX500Principal().getName()
                        : "the public key in the token's jwk header (thumbprint " + header.getJWK().computeThumbprint() + ")";
                return new Signer(key, name, known == null ? List.of() : List.of(known), isOwn);
            } catch (JOSEException e) {
                return null;
            }
        }
        return own.isEmpty() ? null : new Signer(own.get(0).getPublicKey(), own.get(0).getSubjectX500Principal().getName(), own, true);
    }

    private X509Certificate certificateWithKey(PublicKey key, List<X509Certificate> own) {
        for (List<X509Certificate> known : List.of(own, anchors.anchors().certificates())) {
            for (X509Certificate certificate : known) {
                if (certificate.getPublicKey().equals(key)) {
                    return certificate;
                }
            }
        }
        return null;
    }

    private List<X509Certificate> gatewayChain() {
        SealStage stage = gateway.getIfAvailable();
        return stage == null ? List.of() : stage.certificates();
    }

    private static boolean verifies(JWSObject jws, PublicKey key) {
        try {
            return jws.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), key));
        } catch (JOSEException e) {
            return false;
        }
    }

    /** An {@code x5c} chain is path-validated (PKIX); a bare key must be an anchor's. */
    private TrustVerdict trustOf(Signer signer) {
        return signer.chain().isEmpty() ? anchors.anchors().checkKey(signer.key()) : anchors.anchors().checkChain(signer.chain());
    }

    /** The credential a JWT payload carries: its {@code vc} claim (VCDM 1.1 style), else the payload less the JWT claims. */
    static JsonNode credentialOf(JsonNode claims) {
        if (claims == null || !claims.isObject()) {
            return null;
        }
        if (claims.path("vc").isObject()) {
            return claims.get("vc");
        }
        ObjectNode credential = ((ObjectNode) claims).deepCopy();
        credential.remove(JWT_CLAIMS);
        return credential;
    }

    static List<String> types(JsonNode credential) {
        JsonNode type = credential.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return bytes == null ? null : JSON.readTree(bytes);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
