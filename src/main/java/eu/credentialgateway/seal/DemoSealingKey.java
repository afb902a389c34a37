package eu.credentialgateway.seal;

import eu.credentialgateway.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's seal key: made on first run (a fresh key pair and a self-signed certificate
 * whose subject says it is a demo that no one should trust), kept as a PKCS#12 file under the data
 * folder (never in the repository) and read again on later runs, so the gateway's demo seals stay
 * verifiable with one certificate.
 */
final class DemoSealingKey {
    /** The demo certificate's subject: it says what it is wherever a verifier shows the signer. */
    static final String SUBJECT = "CN=credential-gateway DEMO seal - not trusted,O=DEMO credential-gateway issuer (not a real organisation)";
    /** The demo keystore's password: not a secret, the key is a demo. */
    static final char[] PASSWORD = "demo-seal-not-secret".toCharArray();
    static final String ALIAS = "demo-seal";
    private static final Duration VALIDITY = Duration.ofDays(5 * 366);
    private static final int RSA_BITS = 2048;
    private static final Logger LOG = LoggerFactory.getLogger(DemoSealingKey.class);

    private DemoSealingKey() {
    }

    /** The demo key kept at {@code file}, made first when the file is missing or holds a key unfit for {@code algorithm}. */
    static SealingKey loadOrCreate(Path file, JwsAlgorithm algorithm) {
        if (Files.exists(file)) {
            try {
                return Pkcs12Keystore.read(file, ALIAS, PASSWORD, algorithm, true);
            } catch (IllegalArgumentException unfit) {
                LOG.warn("the demo seal key in {} does not fit {}: making a new one", file, algorithm);
            }
        }
        try {
            KeyPair pair = newKeyPair(algorithm);
            X509Certificate certificate = selfSigned(pair, algorithm);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), PASSWORD, new Certificate[] {certificate});
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, PASSWORD);
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, bytes.toByteArray());
            LOG.warn("made a DEMO seal key ({}) and self-signed certificate in {}: credentials sealed with it are not trusted;"
                    + " set gateway.seal.keystore before issuing anything real", algorithm, file);
            return new SealingKey(pair.getPrivate(), java.util.List.of(certificate), algorithm, true);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the demo seal key in " + file + ": " + e.getMessage(), e);
        }
    }

    private static KeyPair newKeyPair(JwsAlgorithm algorithm) throws GeneralSecurityException {
        if (algorithm.isEc()) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(RSA_BITS);
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair pair, JwsAlgorithm algorithm)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X500Name subject = new X500Name(SUBJECT);
        Instant now = Instant.now();
        BigInteger serial = new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
        String signatureAlgorithm = algorithm.isEc() ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(signatureAlgorithm).build(pair.getPrivate())));
    }
}
