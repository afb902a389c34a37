package eu.credentialgateway.seal;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/** The JWS algorithms (RFC 7518) a seal key may use: ECDSA P-256, RSA PKCS#1 v1.5 and RSA-PSS, all with SHA-256. */
public enum JwsAlgorithm {
    /** ECDSA with the P-256 curve and SHA-256. */
    ES256(SignatureAlgorithm.ECDSA_SHA256, "SHA256withECDSA"),
    /** RSASSA-PKCS1-v1_5 with SHA-256, as the official EDC samples. */
    RS256(SignatureAlgorithm.RSA_SHA256, "SHA256withRSA"),
    /** RSASSA-PSS with SHA-256 and MGF1 with SHA-256. */
    PS256(SignatureAlgorithm.RSA_SSA_PSS_SHA256_MGF1, "RSASSA-PSS");

    private static final int MIN_RSA_BITS = 2048;
    private static final int P256_BITS = 256;

    private final SignatureAlgorithm dss;
    private final String jca;

    JwsAlgorithm(SignatureAlgorithm dss, String jca) {
        this.dss = dss;
        this.jca = jca;
    }

    SignatureAlgorithm dss() {
        return dss;
    }

    boolean isEc() {
        return this == ES256;
    }

    /** A fresh JCA signature object (they are not thread-safe, so one per seal). */
    Signature newSignature() throws GeneralSecurityException {
        Signature signature = Signature.getInstance(jca);
        if (this == PS256) {
            signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        }
        return signature;
    }

    /** The algorithm a key is used with when the configuration names none. */
    static JwsAlgorithm defaultFor(PublicKey key) {
        return key instanceof ECPublicKey ? ES256 : RS256;
    }

    /** Throws IllegalArgumentException when {@code key} cannot be used with this algorithm. */
    void requireSuitable(PublicKey key) {
        if (isEc()) {
            if (!(key instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != P256_BITS) {
                throw new IllegalArgumentException(name() + " needs an EC key on the P-256 curve, the key is " + describe(key));
            }
        } else if (!(key instanceof RSAPublicKey rsa) || rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new IllegalArgumentException(name() + " needs an RSA key of at least " + MIN_RSA_BITS + " bits, the key is " + describe(key));
        }
    }

    private static String describe(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return "RSA-" + rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return "EC-" + ec.getParams().getCurve().getField().getFieldSize();
        }
        return key.getAlgorithm();
    }
}
