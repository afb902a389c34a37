package eu.credentialgateway.trust;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Fresh EC P-256 certificates made with BouncyCastle, for trust tests: CAs, the certificates they issue, self-signed ones. */
public final class TestCertificates {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A key pair and its certificate. */
    public record Issued(KeyPair keys, X509Certificate certificate) {
        /** The certificate as PEM text. */
        public String pem() throws GeneralSecurityException {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        }
    }

    private TestCertificates() {
    }

    /** A self-signed CA certificate (basic constraints CA, key usage keyCertSign). */
    public static Issued ca(String commonName) throws Exception {
        KeyPair keys = ecKeys();
        return new Issued(keys, build(commonName, keys, commonName, keys, true, Instant.now().plus(Duration.ofDays(30))));
    }

    /** A signer's (end entity) certificate issued by {@code issuer}. */
    public static Issued issuedBy(Issued issuer, String commonName) throws Exception {
        return issuedBy(issuer, commonName, Instant.now().plus(Duration.ofDays(30)));
    }

    /** A signer's certificate issued by {@code issuer}, valid until {@code notAfter}. */
    public static Issued issuedBy(Issued issuer, String commonName, Instant notAfter) throws Exception {
        KeyPair keys = ecKeys();
        String issuerName = issuer.certificate().getSubjectX500Principal().getName();
        return new Issued(keys, build(commonName, keys, issuerName, issuer.keys(), false, notAfter));
    }

    /** A self-signed signer's certificate (not a CA). */
    public static Issued selfSigned(String commonName) throws Exception {
        KeyPair keys = ecKeys();
        return new Issued(keys, build(commonName, keys, commonName, keys, false, Instant.now().plus(Duration.ofDays(30))));
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate build(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean ca,
                                         Instant notAfter) throws Exception {
        String subjectName = subject.contains("=") ? subject : "CN=" + subject;
        String issuerName = issuer.contains("=") ? issuer : "CN=" + issuer;
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuerName),
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(Instant.now().minus(Duration.ofDays(1))),
                Date.from(notAfter), new X500Name(subjectName), subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    }
}
