package eu.credentialgateway.seal;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.nio.charset.StandardCharsets;

/**
 * EU DSS's own validation, called as its cookbook does and independently of the gateway's verifier
 * (no JadesVerifier, no CertificateVerifiers): what any DSS-based verifier would say about a seal.
 */
final class DssDirect {
    private DssDirect() {
    }

    static Reports validate(String sealed) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(sealed.getBytes(StandardCharsets.UTF_8)));
        validator.setCertificateVerifier(new CommonCertificateVerifier(true));
        return validator.validateDocument();
    }

    /** The only signature of the validated document. */
    static SignatureWrapper onlySignature(Reports reports) {
        if (reports.getDiagnosticData().getSignatures().size() != 1) {
            throw new AssertionError("expected one signature, found " + reports.getDiagnosticData().getSignatures().size());
        }
        return reports.getDiagnosticData().getSignatures().get(0);
    }
}
