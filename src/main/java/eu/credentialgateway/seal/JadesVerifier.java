package eu.credentialgateway.seal;

import eu.credentialgateway.SealCheck;
import eu.credentialgateway.trust.TrustAnchors;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlSignerRole;
import eu.europa.esig.dss.jades.validation.JWSSerializationDocumentValidator;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Validates JAdES JSON seals with EU DSS (its default validation policy, loaded once), offline unless
 * configured: see {@link CertificateVerifiers}. Trust is reported, not assumed: with no trusted
 * certificates configured, every signer is untrusted and the report says why.
 */
final class JadesVerifier {
    private final CertificateVerifier verifier;
    private final ValidationPolicy policy;
    private final String anchors;

    /** A verifier trusting {@code anchors} (certificates only: DSS builds and validates the chain to one of them). */
    JadesVerifier(List<X509Certificate> anchors, boolean online) {
        this.verifier = CertificateVerifiers.forVerification(anchors, online);
        this.policy = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
        this.anchors = anchors.isEmpty()
                ? TrustAnchors.NONE_CONFIGURED + " (set gateway.trust.anchors-dir or gateway.seal.trusted-certificates), so no signer is trusted"
                : anchors.size() + " anchor certificate(s)";
    }

    /** One check per signature of the JAdES JSON document, in document order. */
    List<SealCheck> verify(byte[] document) {
        Reports reports = SchemaValidatorLock.call(() -> {
            JWSSerializationDocumentValidator validator = new JWSSerializationDocumentValidator(new InMemoryDocument(document));
            validator.setCertificateVerifier(verifier);
            return validator.validateDocument(policy);
        });
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<SealCheck> checks = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            checks.add(check(id, simple, diagnostic.getSignatureById(id)));
        }
        return checks;
    }

    private SealCheck check(String id, SimpleReport simple, SignatureWrapper signature) {
        CertificateWrapper signer = signature.getSigningCertificate();
        boolean trusted = signature.isTrustedChain();
        String trust = trusted ? "chain validated to an anchor by EU DSS (" + anchors + ")"
                : "the signer's certificate is NOT trusted: " + (anchors.startsWith(TrustAnchors.NONE_CONFIGURED) ? anchors
                : "DSS found no valid chain to the " + anchors + " (" + simple.getSubIndication(id) + ")");
        Date signingTime = signature.getClaimedSigningTime();
        return new SealCheck(
                signature.isSignatureIntact() && signature.isSignatureValid(),
                Objects.toString(simple.getIndication(id), null),
                Objects.toString(simple.getSubIndication(id), null),
                Objects.toString(signature.getSignatureFormat(), null),
                signer == null ? "" : signer.getCertificateDN(),
                signingTime == null ? null : signingTime.toInstant().toString(),
                signature.getTimestampList().size(),
                trusted,
                trust,
                signature.getClaimedRoles().stream().map(XmlSignerRole::getRole).toList(),
                texts(simple.getAdESValidationErrors(id)),
                texts(simple.getAdESValidationWarnings(id)));
    }

    private static List<String> texts(List<Message> messages) {
        return messages == null ? List.of() : messages.stream().map(Message::getValue).toList();
    }
}
