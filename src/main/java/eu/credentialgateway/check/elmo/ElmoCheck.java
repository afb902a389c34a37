package eu.credentialgateway.check.elmo;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.FormatCheck;
import eu.credentialgateway.check.Utf8Text;
import eu.credentialgateway.check.xml.SecureXmlParser;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks one EMREX ELMO document and writes its normalised form: UTF-8, well-formed, no DOCTYPE,
 * an {@code elmo} root in one of the three namespaces seen in the field (v1
 * {@value ElmoNormaliser#V1_NAMESPACE}, none, pre-1.0 {@value ElmoNormaliser#LEGACY_NAMESPACE}),
 * a learner, at least one report with at least one learning opportunity, readable dates, titled
 * learning opportunities. Every finding is collected before the verdict.
 */
public final class ElmoCheck implements FormatCheck {
    /** The name an adapter gives this check in its adapter.properties: {@code check.normaliser=elmo}. */
    public static final String NORMALISER = "elmo";

    private final SecureXmlParser parser;
    private final CheckProperties properties;

    public ElmoCheck(CheckProperties properties) {
        this.properties = properties;
        this.parser = new SecureXmlParser(properties.maxDepth());
    }

    @Override
    public Result check(byte[] body, String uuid, Long row) {
        Utf8Text.Decoded decoded = Utf8Text.document(body);
        if (decoded.failure() != null) {
            return failed(decoded.failure());
        }
        SecureXmlParser.Parsed parsed = parser.parse(decoded.text());
        if (parsed.failure() != null) {
            return failed(parsed.failure());
        }
        Element root = parsed.document().getDocumentElement();
        if (!"elmo".equals(root.getLocalName()) || !ElmoNormaliser.isElmo(root)) {
            return failed(new Finding(Stage.CHECK, "wrong-root-element",
                    "the root element must be elmo (EMREX ELMO, v1, no namespace or pre-1.0 namespace)", "/" + root.getLocalName()));
        }
        List<Finding> findings = eu.credentialgateway.Findings.collector();
        findings.addAll(structure(root));
        ElmoNormaliser.Normalised normalised = ElmoNormaliser.normalise(root, uuid, properties.maxElements(), body.length);
        findings.addAll(normalised.findings());
        return new Result(findings.isEmpty() ? normalised.xml() : null, findings, normalised.notes(), normalised.language());
    }

    private static List<Finding> structure(Element root) {
        List<Finding> findings = eu.credentialgateway.Findings.collector();
        boolean learner = ElmoNormaliser.firstChild(root, "learner") != null;
        int reports = 0;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE || !"report".equals(child.getLocalName()) || !ElmoNormaliser.isElmo(child)) {
                continue;
            }
            reports++;
            Element report = (Element) child;
            learner |= ElmoNormaliser.firstChild(report, "learner") != null;
            if (ElmoNormaliser.firstChild(report, "learningOpportunitySpecification") == null) {
                findings.add(new Finding(Stage.CHECK, "missing-learning-opportunity",
                        "a report lists no learningOpportunitySpecification", "/elmo/report[" + reports + "]"));
            }
        }
        if (!learner) {
            findings.add(0, new Finding(Stage.CHECK, "missing-learner", "the document has no learner", "/elmo/learner"));
        }
        if (reports == 0) {
            findings.add(new Finding(Stage.CHECK, "missing-report", "the document has no report", "/elmo/report"));
        }
        return findings;
    }

    private static Result failed(Finding finding) {
        return Result.failed(finding);
    }
}
