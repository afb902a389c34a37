package eu.credentialgateway.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The configured trust anchors ({@code gateway.trust.anchors-dir}), read once at start, and the answer to "is this
 * signer trusted?". A certificate chain (a JWT's {@code x5c}, the certificates of a XAdES seal) is trusted when the
 * JDK's PKIX {@code CertPathValidator} validates it to an anchor certificate, or when its leaf's key is an anchor key;
 * a bare key (a JWK, a {@code did:key}, an OB 2.0 {@code CryptographicKey}) when it is an anchor key or the key of an
 * anchor certificate. Revocation is not checked (the gateway works offline: no CRL or OCSP is fetched); validity
 * periods are, at the time asked about. One instance serves many threads.
 */
@Component
@EnableConfigurationProperties(TrustProperties.class)
public final class TrustAnchors {
    /** The reason given when there is nothing to trust. */
    public static final String NONE_CONFIGURED = "no trust anchor configured";

    private static final Logger LOG = LoggerFactory.getLogger(TrustAnchors.class);
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");
    private static final List<String> KEY_ALGORITHMS = List.of("EC", "RSA", "Ed25519");

    private final List<X509Certificate> certificates;
    private final List<byte[]> keys;
    private final Set<TrustAnchor> pkixAnchors;

    /** The anchors in {@code gateway.trust.anchors-dir}. */
    @Autowired
    public TrustAnchors(TrustProperties properties) {
        this(load(properties.anchorsDir()));
    }

    private TrustAnchors(Loaded loaded) {
        this(loaded.certificates(), loaded.keys());
    }

    private TrustAnchors(List<X509Certificate> certificates, List<byte[]> keys) {
        this.certificates = List.copyOf(certificates);
        this.keys = List.copyOf(keys);
        Set<TrustAnchor> anchors = new HashSet<>();
        certificates.forEach(c -> anchors.add(new TrustAnchor(c, null)));
        this.pkixAnchors = Set.copyOf(anchors);
    }

    /** No anchor: nothing is trusted. */
    public static TrustAnchors none() {
        return new TrustAnchors(List.of(), List.of());
    }

    /** These certificates and keys as anchors. */
    public static TrustAnchors of(List<X509Certificate> certificates, List<PublicKey> keys) {
        return new TrustAnchors(certificates, keys.stream().map(PublicKey::getEncoded).toList());
    }

    /** The anchors in {@code folder} (see {@link TrustProperties#anchorsDir()}); none when null or missing. */
    public static TrustAnchors read(Path folder) {
        return new TrustAnchors(load(folder));
    }

    /** Certificates and keys (X.509 SubjectPublicKeyInfo) read from files. */
    private record Loaded(List<X509Certificate> certificates, List<byte[]> keys) {
    }

    private static Loaded load(Path folder) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        if (folder == null || !Files.exists(folder)) {
            return new Loaded(certificates, keys);
        }
        List<Path> files;
        if (Files.isRegularFile(folder)) {
            files = List.of(folder);
        } else {
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the trust anchors in " + folder, e);
            }
        }
        for (Path file : files) {
            readFile(file, certificates, keys);
        }
        LOG.info("trust anchors from {}: {} certificate(s), {} key(s)", folder, certificates.size(), keys.size());
        return new Loaded(certificates, keys);
    }

    /** These anchors and {@code more} certificates. */
    public TrustAnchors plus(List<X509Certificate> more) {
        List<X509Certificate> all = new ArrayList<>(certificates);
        more.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return new TrustAnchors(all, keys);
    }

    /** Whether any anchor is configured. */
    public boolean configured() {
        return !certificates.isEmpty() || !keys.isEmpty();
    }

    /** The anchor certificates (for validators that take their own trust source, e.g. EU DSS). */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** Whether {@code key} is an anchor key or the key of an anchor certificate. */
    public TrustVerdict checkKey(PublicKey key) {
        if (!configured()) {
            return TrustVerdict.untrusted(NONE_CONFIGURED);
        }
        byte[] encoded = key == null ? null : key.getEncoded();
        if (encoded == null) {
            return TrustVerdict.untrusted("the key cannot be compared with the trust anchors");
        }
        if (keys.stream().anyMatch(k -> Arrays.equals(k, encoded))) {
            return TrustVerdict.trusted("the key is a configured trust anchor key");
        }
        for (X509Certificate anchor : certificates) {
            if (Arrays.equals(anchor.getPublicKey().getEncoded(), encoded)) {
                return TrustVerdict.trusted("the key is that of anchor " + anchor.getSubjectX500Principal().getName());
            }
        }
        return TrustVerdict.untrusted("the key is none of the " + certificates.size() + " anchor certificate(s) and "
                + keys.size() + " anchor key(s)");
    }

    /** {@link #checkChain(List, Instant)} now. */
    public TrustVerdict checkChain(List<X509Certificate> chain) {
        return checkChain(chain, Instant.now());
    }

    /**
     * Whether {@code chain} (signer's certificate first, then the certificates that issued it, in order) validates
     * (PKIX, no revocation check) to an anchor certificate at {@code at}, or its leaf's key is an anchor key.
     */
    public TrustVerdict checkChain(List<X509Certificate> chain, Instant at) {
        if (chain == null || chain.isEmpty()) {
            return TrustVerdict.untrusted("no certificate to validate");
        }
        if (!configured()) {
            return TrustVerdict.untrusted(NONE_CONFIGURED);
        }
        X509Certificate leaf = chain.get(0);
        byte[] leafKey = leaf.getPublicKey().getEncoded();
        if (keys.stream().anyMatch(k -> Arrays.equals(k, leafKey))) {
            return TrustVerdict.trusted("the signer's key is a configured trust anchor key");
        }
        if (certificates.contains(leaf)) {
            return validAt(leaf, at, "the signer's certificate is anchor " + leaf.getSubjectX500Principal().getName());
        }
        // the JDK's PKIX validator takes the path without its anchor: trailing anchors are dropped, so a chain
        // that merely ENDS with a trusted certificate still has to chain to it
        List<X509Certificate> path = new ArrayList<>(chain);
        while (!path.isEmpty() && certificates.contains(path.get(path.size() - 1))) {
            path.remove(path.size() - 1);
        }
        if (pkixAnchors.isEmpty()) {
            return TrustVerdict.untrusted("path validation failed: no anchor certificate is configured, only keys");
        }
        try {
            PKIXParameters parameters = new PKIXParameters(pkixAnchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return TrustVerdict.trusted("chain validated to anchor "
                    + result.getTrustAnchor().getTrustedCert().getSubjectX500Principal().getName());
        } catch (CertPathValidatorException e) {
            return TrustVerdict.untrusted("path validation failed: " + e.getMessage()
                    + (e.getIndex() >= 0 ? " (certificate " + e.getIndex() + " of the chain)" : ""));
        } catch (GeneralSecurityException | RuntimeException e) {
            return TrustVerdict.untrusted("path validation failed: " + e.getClass().getSimpleName());
        }
    }

    private static TrustVerdict validAt(X509Certificate anchor, Instant at, String reason) {
        try {
            anchor.checkValidity(Date.from(at));
            return TrustVerdict.trusted(reason);
        } catch (CertificateException e) {
            return TrustVerdict.untrusted("path validation failed: the anchor certificate is not valid at " + at);
        }
    }

    private static void readFile(Path file, List<X509Certificate> certificates, List<byte[]> keys) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".txt")) {
                readDidKeys(file, keys);
            } else if (name.endsWith(".der") || name.endsWith(".cer") || name.endsWith(".crt") || name.endsWith(".pem") || name.endsWith(".pub")) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.US_ASCII);
                if (text.contains("-----BEGIN ")) {
                    readPem(text, certificates, keys);
                } else {
                    certificates.add(certificate(bytes));
                }
            }
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            // the file is named, its content never quoted
            throw new IllegalStateException("cannot read the trust anchor file " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
    }

    private static void readPem(String text, List<X509Certificate> certificates, List<byte[]> keys) throws GeneralSecurityException {
        Matcher block = PEM.matcher(text);
        int found = 0;
        while (block.find()) {
            found++;
            byte[] der = Base64.getMimeDecoder().decode(block.group(2).strip());
            switch (block.group(1)) {
                case "CERTIFICATE" -> certificates.add(certificate(der));
                case "PUBLIC KEY" -> keys.add(publicKey(der).getEncoded());
                default -> throw new IllegalArgumentException("a PEM block " + block.group(1)
                        + " is neither CERTIFICATE nor PUBLIC KEY (never put a private key here)");
            }
        }
        if (found == 0) {
            throw new IllegalArgumentException("no complete PEM block");
        }
    }

    private static void readDidKeys(Path file, List<byte[]> keys) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            PublicKey key = VerificationKeys.fromDidKey(line).orElseThrow(() ->
                    new IllegalArgumentException("line " + number + " is not an Ed25519 did:key (did:key:z6Mk...)"));
            keys.add(key.getEncoded());
        }
    }

    private static X509Certificate certificate(byte[] der) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new GeneralSecurityException("a PUBLIC KEY that is no EC, RSA or Ed25519 key");
    }
}
