package eu.credentialgateway.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import eu.credentialgateway.OutputProfile;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Secures a W3C VC 2.0 credential (the profile stage's EBSI or OB 3.0 form) as a compact JWS whose payload is
 * the credential itself plus the registered JWT claims: {@code iss} (issuer id), {@code sub} (subject id),
 * {@code jti} (credential id), {@code nbf} ({@code validFrom}), {@code exp} ({@code validUntil}, when set) and
 * {@code iat} (the signing time). Signed with the gateway's seal key (ES256, RS256 or PS256).
 * <ul>
 * <li>{@code ebsi-jwt}: header {@code alg}, {@code typ: vc+jwt} (W3C VC-JOSE-COSE, the securing mechanism of
 * VCDM 2.0), {@code kid} (the key's RFC 7638 JWK thumbprint) and {@code x5c} (the certificate chain), so a
 * verifier needs nothing but the token;</li>
 * <li>{@code ob3}: header {@code alg}, {@code typ: JWT} and {@code jwk} (the public key), exactly the headers
 * the OB 3.0 JSON Web Token Proof Format allows (it forbids others, so no {@code x5c}).</li>
 * </ul>
 * The header is built once; a seal makes a new JCA signature (SealingKey), so any number of threads may seal.
 */
final class JwtSealer implements SealForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SealingKey key;
    private final OutputProfile profile;
    private final Base64URL header;
    private final Clock clock;

    private JwtSealer(SealingKey key, OutputProfile profile, JWSHeader header, Clock clock) {
        this.key = key;
        this.profile = profile;
        this.header = header.toBase64URL();
        this.clock = clock;
    }

    /** The EBSI VCDM 2.0 form's seal: {@code typ vc+jwt}, {@code kid}, {@code x5c}. */
    static JwtSealer ebsi(SealingKey key, Clock clock) throws JOSEException {
        List<Base64> chain = new ArrayList<>();
        for (X509Certificate certificate : key.chain()) {
            try {
                chain.add(Base64.encode(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new JOSEException("the seal certificate cannot be encoded", e);
            }
        }
        JWSHeader header = new JWSHeader.Builder(algorithm(key)).type(new JOSEObjectType("vc+jwt"))
                .keyID(publicJwk(key.certificate()).computeThumbprint().toString()).x509CertChain(chain).build();
        return new JwtSealer(key, OutputProfile.EBSI_JWT, header, clock);
    }

    /** The OB 3.0 form's seal: {@code typ JWT}, {@code jwk}. */
    static JwtSealer openBadge(SealingKey key, Clock clock) {
        JWSHeader header = new JWSHeader.Builder(algorithm(key)).type(JOSEObjectType.JWT).jwk(publicJwk(key.certificate())).build();
        return new JwtSealer(key, OutputProfile.OB3, header, clock);
    }

    /** The public key of {@code certificate} as a bare JWK (no certificate members, never a private part). */
    static JWK publicJwk(X509Certificate certificate) {
        if (certificate.getPublicKey() instanceof ECPublicKey ec) {
            return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
        }
        return new RSAKey.Builder((RSAPublicKey) certificate.getPublicKey()).build();
    }

    private static JWSAlgorithm algorithm(SealingKey key) {
        return JWSAlgorithm.parse(key.algorithm().name());
    }

    @Override
    public String profile() {
        return profile.id();
    }

    @Override
    public String mediaType() {
        return profile.sealedMediaType();
    }

    @Override
    public String signatureFormat() {
        return "JWS-compact";
    }

    @Override
    public String seal(String credential) throws Exception {
        return sealWithTime(credential).text();
    }

    @Override
    public Sealed sealWithTime(String credential) throws Exception {
        long signedAt = clock.instant().getEpochSecond();
        JsonNode vc = JSON.readTree(credential);
        ObjectNode claims = JSON.createObjectNode();
        JsonNode issuer = vc.path("issuer");
        putText(claims, "iss", issuer.isTextual() ? issuer : issuer.path("id"));
        putText(claims, "sub", vc.path("credentialSubject").path("id"));
        putText(claims, "jti", vc.path("id"));
        claims.put("nbf", epochSeconds(vc.path("validFrom").asText()));
        claims.put("iat", signedAt);
        if (vc.hasNonNull("validUntil")) {
            claims.put("exp", epochSeconds(vc.get("validUntil").asText()));
        }
        claims.setAll((ObjectNode) vc);
        Base64URL payload = Base64URL.encode(JSON.writeValueAsBytes(claims));
        String signingInput = header + "." + payload;
        byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        if (key.algorithm().isEc()) {
            signature = ECDSA.transcodeSignatureToConcat(signature, ECDSA.getSignatureByteArrayLength(JWSAlgorithm.ES256));
        }
        return new Sealed(signingInput + "." + Base64URL.encode(signature), Instant.ofEpochSecond(signedAt));
    }

    private static void putText(ObjectNode claims, String claim, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            claims.put(claim, value.asText());
        }
    }

    private static long epochSeconds(String dateTime) {
        return OffsetDateTime.parse(dateTime).toEpochSecond();
    }
}
