package eu.credentialgateway.seal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The issuer's seal key: the private key, its certificate chain (signer first) and the JWS algorithm
 * it signs with. Loaded once at start and shared; {@link #sign} makes a new JCA {@link Signature} per
 * call, so any number of threads may seal at once. {@code toString} names the certificate, never the key.
 */
final class SealingKey {
    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final JwsAlgorithm algorithm;
    private final boolean demo;

    SealingKey(PrivateKey privateKey, List<X509Certificate> chain, JwsAlgorithm algorithm, boolean demo) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal key needs its certificate");
        }
        algorithm.requireSuitable(chain.get(0).getPublicKey());
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
        this.algorithm = algorithm;
        this.demo = demo;
    }

    X509Certificate certificate() {
        return chain.get(0);
    }

    List<X509Certificate> chain() {
        return chain;
    }

    JwsAlgorithm algorithm() {
        return algorithm;
    }

    /** True for the gateway's self-made demo key, which no one should trust. */
    boolean demo() {
        return demo;
    }

    /** The signature of {@code parts} one after another (DER-encoded for ECDSA, as the JCA gives it), never joined in memory. */
    byte[] sign(byte[]... parts) throws GeneralSecurityException {
        Signature signature = algorithm.newSignature();
        signature.initSign(privateKey);
        for (byte[] part : parts) {
            signature.update(part);
        }
        return signature.sign();
    }

    @Override
    public String toString() {
        return "SealingKey[" + algorithm + ", " + certificate().getSubjectX500Principal().getName() + (demo ? ", DEMO" : "") + "]";
    }
}
