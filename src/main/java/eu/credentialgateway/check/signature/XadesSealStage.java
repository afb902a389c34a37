package eu.credentialgateway.check.signature;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.OnFailedVerification;
import eu.credentialgateway.check.xml.SecureXmlParser;
import eu.credentialgateway.trust.TrustAnchors;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Verifies the XAdES seal(s) of an XML document and reports the result, for formats whose
 * documents are sealed by their issuer (legacy Europass EDC 1.x XML). Called from a format's
 * {@code direct:<f>-prepare} route as {@code gateway:xadesSeal}, on the ORIGINAL bytes, before the
 * generic XML check removes the {@code Signature} elements.
 *
 * <p>Outcome: a sealed document whose every seal verifies gets a note {@code seal-valid} per seal
 * (message names the signer's certificate subject and validity period; location = XPath of the
 * {@code Signature}); an unsealed one a note {@code seal-absent}. A seal that does NOT verify
 * rejects the input with {@code seal-invalid} (422), saying whether the signature value or a
 * reference digest failed: the gateway re-issues the content under its own name, and content
 * changed after its issuer sealed it must not be laundered into a fresh credential (with
 * {@code gateway.check.on-failed-verification=continue} the failure is a note instead). A document that
 * cannot be parsed is left to the check stage, which reports why. Trust: each valid seal's certificates (signer
 * first, then its issuers as KeyInfo lists them) are path-validated (PKIX) against the trust anchors, with a note
 * {@code signer-trusted} or {@code signer-untrusted} ({@link SignerTrust}); revocation and the EU trusted lists are
 * not checked (the gateway works offline). The original, seal included, is kept as the credential's embedded evidence.
 */
@Component("xadesSealStage")
public class XadesSealStage implements Processor {
    private static final String XMLDSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    private final SecureXmlParser parser;
    private final XadesSeal seal = new XadesSeal();
    private final OnFailedVerification onFailure;

    private final TrustAnchors anchors;
    private final VerificationBudget budget;

    /** A stage that trusts no signer. */
    public XadesSealStage(CheckProperties properties) {
        this(properties, TrustAnchors.none());
    }

    @Autowired
    public XadesSealStage(CheckProperties properties, TrustAnchors anchors) {
        this.parser = new SecureXmlParser(properties.maxDepth());
        this.onFailure = properties.onFailedVerification();
        this.anchors = anchors;
        this.budget = new VerificationBudget(properties.signatureTimeBudget());
    }

    @Override
    public void process(Exchange exchange) {
        byte[] original = exchange.getMessage().getBody(byte[].class);
        String text = utf8(original);
        if (text == null) {
            return;
        }
        if (!text.contains(XMLDSIG_NS)) {
            Notes.add(exchange, List.of(absent()));
            return;
        }
        SecureXmlParser.Parsed parsed = parser.parse(text);
        if (parsed.document() == null) {
            return;
        }
        refuseUnsupportedTransforms(parsed.document());
        List<XadesSeal.Verdict> verdicts;
        try {
            verdicts = budget.run(() -> seal.verify(parsed.document()));
        } catch (VerificationBudget.Exceeded e) {
            throw new GatewayException(new Finding(Stage.CHECK, "seal-check-timeout",
                    "the seal could not be checked within " + e.getMessage().replace("over ", "")
                            + " (gateway.check.signature-time-budget)", ""));
        } catch (RuntimeException e) {
            throw new GatewayException(new Finding(Stage.CHECK, "seal-check-failed",
                    "the seal could not be checked: " + e.getClass().getSimpleName(), ""));
        }
        if (verdicts.isEmpty()) {
            Notes.add(exchange, List.of(absent()));
            return;
        }
        List<Finding> invalid = eu.credentialgateway.Findings.collector();
        List<Finding> valid = eu.credentialgateway.Findings.collector();
        for (XadesSeal.Verdict verdict : verdicts) {
            if (verdict.valid()) {
                valid.add(new Finding(Stage.CHECK, "seal-valid", "the XAdES seal verifies with the certificate of "
                        + verdict.signer() + " (valid " + verdict.certificateValidity() + "), signing time "
                        + (verdict.signingTime().isEmpty() ? "not stated" : verdict.signingTime())
                        + "; revocation was not checked", verdict.location()));
                valid.add(SignerTrust.note(anchors.checkChain(verdict.chain()), "the XAdES seal", verdict.location()));
            } else {
                String by = verdict.signer().isEmpty() ? "" : " (certificate of " + verdict.signer() + ")";
                invalid.add(new Finding(Stage.CHECK, "seal-invalid", "the XAdES seal does not verify" + by + ": "
                        + verdict.problem(), verdict.location()));
            }
        }
        onFailure.apply(exchange, invalid);
        Notes.add(exchange, valid);
    }

    /** Sender-chosen XPath, XPath Filter 2.0 or XSLT transforms are refused before anything is evaluated. */
    private static void refuseUnsupportedTransforms(org.w3c.dom.Document document) {
        List<Finding> refused = eu.credentialgateway.Findings.collector();
        for (org.w3c.dom.Element signature : XadesSeal.signatures(document)) {
            String why = SealTransforms.refused(signature);
            if (why != null) {
                refused.add(new Finding(Stage.CHECK, "unsupported-transform", "the XAdES seal was not verified: " + why,
                        XadesSeal.xpathOf(signature)));
            }
        }
        if (!refused.isEmpty()) {
            throw new GatewayException(Rejection.INVALID, refused);
        }
    }

    private static Finding absent() {
        return new Finding(Stage.CHECK, "seal-absent", "the document carries no XML signature (seal)", "");
    }

    private static String utf8(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
