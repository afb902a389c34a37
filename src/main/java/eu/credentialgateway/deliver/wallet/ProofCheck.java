package eu.credentialgateway.deliver.wallet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks one key proof of type {@code jwt} (OpenID4VCI 1.0, Appendix F.1): header {@code typ}
 * {@code openid4vci-proof+jwt}, an asymmetric {@code alg} of {@link #ALGORITHMS}, the key as {@code jwk} or as a
 * {@code kid} DID ({@link HolderKeys}; exactly one of them, no {@code x5c}); the signature; claims {@code aud} = the
 * Credential Issuer Identifier, {@code iat} no older than {@code proof-max-age} (and at most a minute ahead),
 * {@code exp} if any not passed, and a {@code nonce}. Whether the nonce is one of ours is the caller's to check (it
 * is used up then). Failures are {@code invalid_proof} errors saying which rule failed.
 */
final class ProofCheck {
    static final String TYP = "openid4vci-proof+jwt";
    static final List<String> ALGORITHMS = List.of("ES256", "ES384", "EdDSA");
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    /** What a valid proof establishes: the key the wallet holds (its JWK thumbprint) and the nonce it used. */
    record Proven(String keyThumbprint, String nonce) {
    }

    private ProofCheck() {
    }

    static Proven check(String jwt, String audience, Instant now, Duration maxAge) {
        SignedJWT proof;
        JWTClaimsSet claims;
        try {
            proof = SignedJWT.parse(jwt);
            claims = proof.getJWTClaimsSet();
        } catch (ParseException notAJwt) {
            throw refused("the proof is not a signed JWT");
        }
        JWSHeader header = proof.getHeader();
        if (header.getType() == null || !TYP.equals(header.getType().getType())) {
            throw refused("the proof's typ must be " + TYP);
        }
        JWSAlgorithm alg = header.getAlgorithm();
        boolean eddsa = JWSAlgorithm.EdDSA.equals(alg) || "Ed25519".equals(alg.getName());
        if (!eddsa && !ALGORITHMS.contains(alg.getName())) {
            throw refused("the proof's alg must be one of " + String.join(", ", ALGORITHMS));
        }
        if (header.getX509CertChain() != null || header.getX509CertURL() != null) {
            throw refused("x5c proof keys are not supported: send the key as jwk or a did:key kid");
        }
        if ((header.getJWK() == null) == (header.getKeyID() == null)) {
            throw refused("the proof must name its key by exactly one of jwk and kid");
        }
        JWK key = header.getJWK() != null ? header.getJWK() : HolderKeys.fromKid(header.getKeyID());
        if (key.isPrivate()) {
            throw refused("the proof's jwk holds a private key");
        }
        if (!verified(proof, key, eddsa)) {
            throw refused("the proof's signature does not verify with its key");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
            throw refused("the proof's aud must be the credential issuer " + audience);
        }
        Date iat = claims.getIssueTime();
        if (iat == null) {
            throw refused("the proof has no iat");
        }
        if (iat.toInstant().isBefore(now.minus(maxAge)) || iat.toInstant().isAfter(now.plus(SKEW))) {
            throw refused("the proof's iat is not recent (at most " + maxAge.toSeconds() + " s old)");
        }
        if (claims.getExpirationTime() != null && !claims.getExpirationTime().toInstant().isAfter(now)) {
            throw refused("the proof has expired");
        }
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String text) || text.isBlank()) {
            throw refused("the proof has no nonce: get a c_nonce from the nonce endpoint");
        }
        return new Proven(HolderKeys.thumbprint(key), text);
    }

    private static boolean verified(SignedJWT proof, JWK key, boolean eddsa) {
        try {
            if (key instanceof ECKey ec && !eddsa) {
                return proof.verify(new ECDSAVerifier(ec.toECPublicKey()));
            }
            if (key instanceof OctetKeyPair okp && eddsa && Curve.Ed25519.equals(okp.getCurve())) {
                byte[] x = okp.getX().decode();
                byte[] spki = new byte[ED25519_SPKI_PREFIX.length + x.length];
                System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
                System.arraycopy(x, 0, spki, ED25519_SPKI_PREFIX.length, x.length);
                PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
                Signature signature = Signature.getInstance("Ed25519");
                signature.initVerify(publicKey);
                signature.update(proof.getSigningInput());
                return signature.verify(proof.getSignature().decode());
            }
        } catch (JOSEException | GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
        throw refused("the proof's key does not fit its alg (EC P-256/P-384 for ES256/ES384, Ed25519 for EdDSA)");
    }

    private static WalletError refused(String why) {
        return WalletError.badRequest("invalid_proof", why);
    }
}
