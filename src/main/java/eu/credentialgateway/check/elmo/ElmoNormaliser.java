package eu.credentialgateway.check.elmo;

import eu.credentialgateway.Base64Text;
import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import eu.credentialgateway.check.xml.DocumentLanguage;
import eu.credentialgateway.check.xml.XmlMarkup;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes the normalised ELMO document the mapping reads, checking its content on the way.
 *
 * <p>The normalised form: every ELMO element in no namespace; elements of other namespaces
 * (ds:Signature, extensions) left out with their content; comments left out; {@code xml:lang}
 * kept. Because the RML engine hands each iterated element over alone, every element carries the
 * keys the mapping needs instead of relying on {@code ..}:
 * <ul>
 * <li>{@code gw-id}: {@code <uuid>} for the root, {@code <uuid>.<i>.<j>...} below (1-based child
 * positions), {@code gw-parent}: the parent's gw-id;</li>
 * <li>{@code gw-elmo}, {@code gw-report}, {@code gw-learner}, {@code gw-issuer}, {@code gw-los},
 * {@code gw-loi}, {@code gw-attachment}, {@code gw-grading-scheme}, {@code gw-result-distribution}:
 * the gw-id of the nearest enclosing element of that kind (so a nested learning opportunity's
 * {@code gw-los} names its parent learning opportunity);</li>
 * <li>{@code gw-lang} on every element without element children: its own {@code xml:lang}, else the
 * nearest ancestor's, else {@code und} (BCP 47 "undetermined");</li>
 * <li>{@code gw-datetime} on date elements whose value could be read: the xsd:dateTime form;</li>
 * <li>{@code gw-pdf="true"} on an attachment's first {@code content} that is a base64 PDF data URI whose base64
 * part is complete base64 (ELM holds one content per attachment; the official v1.7.0 example's are cut short with
 * "..."); marked here because CARML's streaming iterators have no sibling axes;</li>
 * <li>{@code gw-whole} on a shortened grading: whether its three percentages are whole numbers (ELM's are
 * xsd:integer);</li>
 * <li>{@code gw-differs="true"} on a field of a later report's learner (pre-1.0) whose text none of the lifted
 * learner's same-named fields has: a second spelling that the credential notes;</li>
 * <li>{@code gw-outcome} on learning opportunity instances: {@code achieved} (ELMO status passed or
 * none), {@code failed-graded} (failed with a result) or {@code unfinished} (in-progress, or failed
 * without a result); {@code gw-achieved} on learning opportunities: whether every instance is
 * achieved; {@code gw-in-achievement}: whether the enclosing learning opportunity (if any) is
 * achieved, so the mapping knows who claims it (jlibs' streaming XPath in CARML cannot evaluate
 * such conditions itself).</li>
 * </ul>
 * Pre-1.0 documents ({@code http://purl.org/net/elmo}) carry the learner inside each report; the
 * first report's learner is lifted to {@code /elmo/learner} (ELMO says all reports describe the
 * same student); the other reports keep theirs, so a differing spelling can be noted.
 */
final class ElmoNormaliser {
    static final String V1_NAMESPACE = "https://github.com/emrex-eu/elmo-schemas/tree/v1";
    static final String LEGACY_NAMESPACE = "http://purl.org/net/elmo";
    private static final Set<String> ELMO_NAMESPACES = Set.of(V1_NAMESPACE, LEGACY_NAMESPACE);
    private static final Set<String> DATE_ELEMENTS = Set.of("bday", "birthDate", "issueDate", "generatedDate", "start", "date", "end");
    private static final Map<String, String> ANCHORS = Map.of(
            "elmo", "gw-elmo", "report", "gw-report", "learner", "gw-learner", "issuer", "gw-issuer",
            "learningOpportunitySpecification", "gw-los", "learningOpportunityInstance", "gw-loi",
            "attachment", "gw-attachment", "gradingScheme", "gw-grading-scheme",
            "resultDistribution", "gw-result-distribution");

    private final int maxElements;
    private final boolean legacy;
    private final StringBuilder out;
    private final List<Finding> findings = eu.credentialgateway.Findings.collector();
    private final List<Finding> notes = eu.credentialgateway.Findings.collector();
    private int elements;
    /** The first report's learner, written as /elmo/learner; the other reports keep their own (spellings may differ). */
    private Element liftedLearner;
    /** The attachment whose content was last marked gw-pdf: one content per attachment is kept. */
    private Node attachmentWithPdf;
    /**
     * The document's language: its first xml:lang, in the order written (the lifted learner first). Not the most
     * frequent one: transcripts give a title in the institution's language first and an English translation after it,
     * and English then often outnumbers it (official v1.0.0 example: 10 en, 4 pl; Swedish sample: 76 en, 75 sv), which
     * would make a Polish or Swedish transcript an English credential. The JSON formats follow the same rule.
     */
    private final DocumentLanguage language = new DocumentLanguage();

    private ElmoNormaliser(int maxElements, boolean legacy, int sizeHint) {
        this.maxElements = maxElements;
        this.legacy = legacy;
        this.out = new StringBuilder(sizeHint + sizeHint / 2);
    }

    /** Normalises a document whose root has already been checked to be an ELMO root. */
    static Normalised normalise(Element root, String uuid, int maxElements, int sizeHint) {
        ElmoNormaliser writer = new ElmoNormaliser(maxElements, LEGACY_NAMESPACE.equals(root.getNamespaceURI()), sizeHint);
        writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.write(root, uuid, null, Map.of(), "und", "/elmo");
        return new Normalised(writer.out.toString().getBytes(StandardCharsets.UTF_8), writer.findings, writer.notes,
                writer.language.language());
    }

    static boolean isElmo(Node node) {
        String ns = node.getNamespaceURI();
        return ns == null || ELMO_NAMESPACES.contains(ns);
    }

    private void write(Element element, String id, String parentId, Map<String, String> anchors, String inheritedLang, String path) {
        if (++elements > maxElements) {
            if (elements == maxElements + 1) {
                findings.add(new Finding(Stage.CHECK, "too-many-elements", "the document has more elements than gateway.check.max-elements", path));
            }
            return;
        }
        String name = element.getLocalName();
        String lang = element.hasAttributeNS(XMLConstants.XML_NS_URI, "lang")
                ? nonBlank(element.getAttributeNS(XMLConstants.XML_NS_URI, "lang"), inheritedLang) : inheritedLang;
        if (element.hasAttributeNS(XMLConstants.XML_NS_URI, "lang")) {
            language.declared(element.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        }
        boolean leaf = !hasElmoChild(element);
        out.append('<').append(name);
        XmlMarkup.attribute(out, "gw-id", id);
        if (parentId != null) {
            XmlMarkup.attribute(out, "gw-parent", parentId);
        }
        anchors.forEach((anchor, key) -> XmlMarkup.attribute(out, anchor, key));
        copyAttributes(element);
        if (leaf) {
            XmlMarkup.attribute(out, "gw-lang", lang);
        }
        if (DATE_ELEMENTS.contains(name)) {
            checkDate(element, path);
        }
        if (leaf && "content".equals(name) && "attachment".equals(element.getParentNode().getLocalName())) {
            if (element.getParentNode() != attachmentWithPdf && pdfDataUri(element)) {
                attachmentWithPdf = element.getParentNode();
                XmlMarkup.attribute(out, "gw-pdf", "true");
            } else {
                // said on the receipt too, so an operator sees that the credential carries a note, not the file
                notes.add(new Finding(Stage.CHECK, "attachment-not-embedded", "an attachment content that is not a complete"
                        + " base64 PDF data URI (or a second content of one attachment) is not embedded: the credential notes it", path));
            }
        }
        if ("shortenedGrading".equals(name)) {
            XmlMarkup.attribute(out, "gw-whole", String.valueOf(wholePercentages(element)));
        }
        if (leaf && liftedLearner != null && "learner".equals(element.getParentNode().getLocalName())
                && element.getParentNode() != liftedLearner && !sameAsLifted(element)) {
            XmlMarkup.attribute(out, "gw-differs", "true");
        }
        if ("learningOpportunityInstance".equals(name)) {
            XmlMarkup.attribute(out, "gw-outcome", outcome(element));
        }
        if ("learningOpportunitySpecification".equals(name)) {
            Element enclosing = enclosingOpportunity(element);
            XmlMarkup.attribute(out, "gw-achieved", String.valueOf(achieved(element)));
            XmlMarkup.attribute(out, "gw-in-achievement", String.valueOf(enclosing != null && achieved(enclosing)));
            checkTitle(element, path, "missing-title", "a learning opportunity has no non-empty title");
        } else if ("issuer".equals(name) && "report".equals(element.getParentNode().getLocalName())) {
            // ELMO requires 1..n issuer titles; ELM requires the awarding body's name
            checkTitle(element, path, "issuer-without-title", "a report's issuer has no non-empty title (ELMO requires its name)");
        }
        out.append('>');
        Map<String, String> below = anchors;
        String anchor = ANCHORS.get(name);
        if (anchor != null) {
            below = new HashMap<>(anchors);
            below.put(anchor, id);
        }
        if (leaf) {
            XmlMarkup.text(out, element.getTextContent());
        } else {
            writeChildren(element, id, below, lang, path);
        }
        out.append("</").append(name).append('>');
    }

    private void writeChildren(Element element, String id, Map<String, String> below, String lang, String path) {
        if (legacy && "elmo".equals(element.getLocalName()) && firstChild(element, "learner") == null) {
            Element report = firstChild(element, "report");
            Element learner = report == null ? null : firstChild(report, "learner");
            if (learner != null) {
                liftedLearner = learner;
                write(learner, id + ".0", id, below, lang, path + "/learner");
            }
        }
        // the lifted learner (legacy: report/learner) was written above, under elmo; it is the first learner, so
        // leaving it out of the count changes no later learner's index
        for (XmlMarkup.Child child : XmlMarkup.children(element, path, node -> isElmo(node) && node != liftedLearner)) {
            write(child.element(), id + "." + child.position(), id, below, lang, child.path());
        }
    }

    private void checkDate(Element element, String path) {
        String value = element.getTextContent();
        if (value.isBlank()) {
            return;
        }
        String dtf = element.hasAttribute("dtf") ? element.getAttribute("dtf") : null;
        String dateTime = ElmoDates.toDateTime(value, dtf);
        if (dateTime != null) {
            XmlMarkup.attribute(out, "gw-datetime", dateTime);
        } else if (legacy) {
            // pre-1.0 ELMO had free-text dates ("2012 Syksy"); they are dropped, not fatal
            notes.add(new Finding(Stage.CHECK, "unreadable-date", "a pre-1.0 ELMO date is not a date: kept as the period's label, no date derived", path));
        } else {
            findings.add(new Finding(Stage.CHECK, "invalid-date", "the value is not a valid xs:date or xs:dateTime", path));
        }
    }

    private static final String PDF_DATA_URI = "data:application/pdf;base64,";

    /** A base64 PDF data URI whose base64 part is complete (checked without decoding: it may be megabytes). */
    private static boolean pdfDataUri(Element content) {
        String text = content.getTextContent().strip();
        return text.startsWith(PDF_DATA_URI) && Base64Text.isBase64(text.substring(PDF_DATA_URI.length()));
    }

    /** ELM's shortened grading holds whole percentages only: all three given, digits only. */
    private static boolean wholePercentages(Element shortenedGrading) {
        for (String field : List.of("percentageLower", "percentageEqual", "percentageHigher")) {
            if (!text(firstChild(shortenedGrading, field)).matches("[0-9]{1,3}")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the lifted learner has a field of the same name with the same text (white space collapsed). */
    private boolean sameAsLifted(Element field) {
        String text = collapse(field.getTextContent());
        for (Node child = liftedLearner.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && field.getLocalName().equals(child.getLocalName())
                    && isElmo(child) && collapse(child.getTextContent()).equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private void checkTitle(Element element, String path, String code, String message) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && "title".equals(child.getLocalName())
                    && isElmo(child) && !child.getTextContent().isBlank()) {
                return;
            }
        }
        findings.add(new Finding(Stage.CHECK, code, message, path));
    }

    /** False when the opportunity's instance says ELMO status failed or in-progress: not (yet) an achievement. */
    private static boolean achieved(Element los) {
        Element specifies = firstChild(los, "specifies");
        for (Node loi = specifies == null ? null : specifies.getFirstChild(); loi != null; loi = loi.getNextSibling()) {
            if (loi.getNodeType() == Node.ELEMENT_NODE && "learningOpportunityInstance".equals(loi.getLocalName())
                    && isElmo(loi) && !"achieved".equals(outcome((Element) loi))) {
                return false;
            }
        }
        return true;
    }

    /**
     * achieved (ELMO status passed or none), failed-graded (failed with a result: an assessment) or
     * unfinished (in-progress, or failed without a result: an activity).
     */
    private static String outcome(Element loi) {
        String status = text(firstChild(loi, "status"));
        if (!status.equals("failed") && !status.equals("in-progress")) {
            return "achieved";
        }
        boolean graded = !text(firstChild(loi, "resultLabel")).isEmpty() || !text(firstChild(loi, "result")).isEmpty();
        return status.equals("failed") && graded ? "failed-graded" : "unfinished";
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    private static Element enclosingOpportunity(Element los) {
        for (Node up = los.getParentNode(); up instanceof Element parent; up = parent.getParentNode()) {
            if ("learningOpportunitySpecification".equals(parent.getLocalName()) && isElmo(parent)) {
                return parent;
            }
        }
        return null;
    }

    private void copyAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attr = (Attr) attributes.item(i);
            String ns = attr.getNamespaceURI();
            if (ns == null && !attr.getName().startsWith("gw-")) {
                XmlMarkup.attribute(out, attr.getName(), attr.getValue());
            } else if (XMLConstants.XML_NS_URI.equals(ns) && "lang".equals(attr.getLocalName())) {
                XmlMarkup.attribute(out, "xml:lang", attr.getValue().strip());
            }
        }
    }



    private static boolean hasElmoChild(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    static Element firstChild(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && localName.equals(child.getLocalName()) && isElmo(child)) {
                return (Element) child;
            }
        }
        return null;
    }


    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The normalised bytes, the findings that reject the input, the notes that do not and the document's language. */
    record Normalised(byte[] xml, List<Finding> findings, List<Finding> notes, String language) {
    }
}
