package eu.credentialgateway.seal;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * DSS certificate verifiers as the gateway configures them: offline unless told otherwise. DSS's
 * default verifier fetches issuer certificates over the network (AIA); here no source is online
 * (no AIA, CRL or OCSP) unless {@code gateway.seal.online-revocation} is set, and no certificate is
 * trusted unless it is a trust anchor ({@link VerifierAnchors}).
 */
final class CertificateVerifiers {
    private static final List<String> CERTIFICATE_SUFFIXES = List.of(".pem", ".crt", ".cer", ".der");

    private CertificateVerifiers() {
    }

    /** For sealing: nothing online, nothing trusted (the seal is made, not judged). */
    static CertificateVerifier forSealing() {
        return new CommonCertificateVerifier(true);
    }

    /** For verification: the trust anchors' certificates, online sources only when configured. */
    static CertificateVerifier forVerification(List<X509Certificate> anchors, boolean online) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier(true);
        if (!anchors.isEmpty()) {
            CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
            anchors.forEach(c -> trusted.addCertificate(new CertificateToken(c)));
            verifier.setTrustedCertSources(trusted);
        }
        if (online) {
            verifier.setAIASource(new DefaultAIASource(new CommonsDataLoader()));
            verifier.setCrlSource(new OnlineCRLSource());
            verifier.setOcspSource(new OnlineOCSPSource());
        }
        return verifier;
    }

    /** Every certificate in the PEM/DER files ({@code .pem .crt .cer .der}) of {@code folder}, or in {@code folder} when it is a file. */
    static List<X509Certificate> readCertificates(Path folder) {
        List<Path> files;
        if (Files.isRegularFile(folder)) {
            files = List.of(folder);
        } else {
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(CertificateVerifiers::isCertificateFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the trusted certificates in " + folder, e);
            }
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    certificates.add((X509Certificate) certificate);
                }
            } catch (IOException | CertificateException e) {
                throw new IllegalStateException("cannot read the trusted certificate file " + file + ": " + e.getMessage(), e);
            }
        }
        return certificates;
    }

    private static boolean isCertificateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && CERTIFICATE_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
