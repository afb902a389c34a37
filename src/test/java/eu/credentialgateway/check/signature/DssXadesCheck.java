package eu.credentialgateway.check.signature;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.DigestMatcherType;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.xades.validation.XMLDocumentValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * EU DSS's XAdES validation (dss-xades 6.4) as an independent check of {@link XadesSeal}: the
 * document's bytes to DSS's XMLDocumentValidator with a certificate verifier that has NO online source
 * (no AIA, OCSP or CRL fetching, nothing trusted), and only DSS's diagnostic data built. DSS parses the
 * bytes itself with its hardened DomUtils (DOCTYPE disallowed, external entities and DTDs off).
 */
final class DssXadesCheck {
    /** What DSS found for one seal: reference names as {@link XadesSeal} words them. */
    record Result(String signer, String signingTime, boolean signatureIntact, List<String> failedReferences,
            List<String> missingReferences, boolean duplicatedId) {
        boolean valid() {
            return signatureIntact && failedReferences.isEmpty() && missingReferences.isEmpty() && !duplicatedId;
        }
    }

    private DssXadesCheck() {
    }

    /** The offline verifier: DSS's "simple" CommonCertificateVerifier (its default one fetches over AIA). */
    static CommonCertificateVerifier offlineVerifier() {
        return new CommonCertificateVerifier(true);
    }

    static List<Result> verify(byte[] document) {
        XMLDocumentValidator validator = new XMLDocumentValidator(new InMemoryDocument(document));
        validator.setCertificateVerifier(offlineVerifier());
        validator.setTokenExtractionStrategy(TokenExtractionStrategy.NONE);
        DiagnosticData diagnostic = new DiagnosticData(validator.getDiagnosticData());
        List<Result> results = new ArrayList<>();
        for (SignatureWrapper signature : diagnostic.getSignatures()) {
            List<String> failed = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            boolean duplicated = false;
            for (XmlDigestMatcher reference : signature.getDigestMatchers()) {
                duplicated |= reference.isDuplicated();
                if (!reference.isDataFound()) {
                    missing.add(nameOf(reference));
                } else if (!reference.isDataIntact()) {
                    failed.add(nameOf(reference));
                }
            }
            CertificateWrapper signer = signature.getSigningCertificate();
            results.add(new Result(signer == null ? "" : signer.getCertificateDN(),
                    signature.getClaimedSigningTime() == null ? "" : signature.getClaimedSigningTime().toInstant().toString(),
                    signature.isSignatureIntact() && signature.isSignatureValid(), failed, missing, duplicated));
        }
        return results;
    }

    private static String nameOf(XmlDigestMatcher reference) {
        String uri = reference.getUri() == null ? "" : reference.getUri();
        if (reference.getType() == DigestMatcherType.SIGNED_PROPERTIES) {
            return "the XAdES signed properties (" + uri + ")";
        }
        return uri.isEmpty() ? "the sealed document (reference URI \"\")" : "reference " + uri;
    }
}
