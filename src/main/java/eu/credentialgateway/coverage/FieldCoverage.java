package eu.credentialgateway.coverage;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.SKOS;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks, value by value, whether what the input says reached the credential graph: on the node the rule names,
 * with the same value and, for texts, the same language. A value that is not there but that a note of the
 * credential quotes counts as noted (ELM has no place for it and the credential says so).
 *
 * <p>Hand-written because no library compares a source document with an RDF graph field by field; the XPath is the
 * JDK's, the graph side is a SPARQL property path run by Jena.
 */
public final class FieldCoverage {
    private static final String PREFIXES = """
            PREFIX elm: <http://data.europa.eu/snb/model/elm/>
            PREFIX dc: <http://purl.org/dc/terms/>
            PREFIX adms: <http://www.w3.org/ns/adms#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX rov: <http://www.w3.org/ns/regorg#>
            PREFIX cred: <https://www.w3.org/2018/credentials#>
            PREFIX person: <http://www.w3.org/ns/person#>
            """;
    private static final Pattern PLACE = Pattern.compile("\\{([^}]+)}");
    /** A long value (an attachment's content) is quoted by its start only. */
    private static final int QUOTED_PREFIX = 40;

    private final List<CoverageRule> rules;

    public FieldCoverage(List<CoverageRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @param mapped     the map stage's graph: coded values still as the mapping wrote them (align's placeholders)
     * @param credential the graph after the align stage: what the credential holds
     */
    public CoverageReport measure(String input, byte[] normalised, Graph mapped, Graph credential) throws Exception {
        Document document = parse(normalised);
        Model model = ModelFactory.createModelForGraph(credential);
        Model before = ModelFactory.createModelForGraph(mapped);
        Set<String> notes = noteTexts(model);
        XPath xpath = XPathFactory.newInstance().newXPath();
        List<FieldResult> results = new ArrayList<>();
        for (CoverageRule rule : rules) {
            if (!rule.counted()) {
                continue;
            }
            NodeList items = (NodeList) xpath.evaluate(rule.select(), document, XPathConstants.NODESET);
            for (int i = 0; i < items.getLength(); i++) {
                org.w3c.dom.Node item = items.item(i);
                String value = item.getTextContent().strip().replaceAll("\\s+", " ");
                if (value.isEmpty()) {
                    continue;
                }
                String field = rule.tableClass() + "." + rule.tableField();
                results.add(new FieldResult(field, location(item), judge(rule, item, value, before, model, notes, xpath)));
            }
        }
        return new CoverageReport(input, results);
    }

    private FieldResult.Status judge(CoverageRule rule, org.w3c.dom.Node item, String value, Model before, Model model,
                                     Set<String> notes, XPath xpath) throws XPathExpressionException {
        String node = expand(rule.node(), item, xpath);
        String lang = languageOf(item);
        boolean otherLanguage = false;
        // a code is compared as the mapping wrote it, and counts when the align stage then found its concept
        boolean code = "code".equals(rule.match());
        if (node != null && (!code || aligned(objects(model, node, rule.path())))) {
            for (RDFNode found : objects(code ? before : model, node, rule.path())) {
                Match m = matches(rule.match(), found, value, lang, item);
                if (m == Match.SAME) {
                    return FieldResult.Status.REACHED;
                }
                otherLanguage |= m == Match.OTHER_LANGUAGE;
            }
        }
        if (otherLanguage) {
            return FieldResult.Status.WRONG_LANGUAGE;
        }
        // notes quote the values they keep: "value" (a long one by its start)
        String quoted = "\"" + (value.length() > QUOTED_PREFIX ? value.substring(0, QUOTED_PREFIX) : value + "\"");
        return notes.stream().anyMatch(n -> n.contains(quoted)) ? FieldResult.Status.NOTED : FieldResult.Status.MISSING;
    }

    private enum Match { SAME, OTHER_LANGUAGE, NO }

    private static Match matches(String kind, RDFNode found, String value, String lang, org.w3c.dom.Node item) {
        switch (kind) {
            case "text" -> {
                if (!found.isLiteral() || !collapse(found.asLiteral().getLexicalForm()).equals(value)) {
                    return Match.NO;
                }
                String tag = found.asLiteral().getLanguage();
                boolean same = tag.equalsIgnoreCase(lang) || ("und".equals(lang) && (tag.isEmpty() || "und".equals(tag)));
                return same ? Match.SAME : Match.OTHER_LANGUAGE;
            }
            case "value" -> {
                return found.isLiteral() && sameValue(found.asLiteral().getLexicalForm(), value) ? Match.SAME : Match.NO;
            }
            case "date" -> {
                // a date the check stage could read must arrive as that date; a term that is no date as its text
                String dateTime = item instanceof Element e && e.hasAttribute("gw-datetime") ? e.getAttribute("gw-datetime") : null;
                if (!found.isLiteral()) {
                    return Match.NO;
                }
                String lexical = found.asLiteral().getLexicalForm();
                boolean same = dateTime != null ? lexical.startsWith(dateTime.substring(0, Math.min(10, dateTime.length())))
                        : collapse(lexical).equals(value);
                return same ? Match.SAME : Match.NO;
            }
            case "code" -> {
                return sameCode(found, value) ? Match.SAME : Match.NO;
            }
            case "present" -> {
                // a coded value the mapping translates (gender 1 -> MALE, scheme ects -> the ECTS concept)
                return Match.SAME;
            }
            case "datauri" -> {
                int start = value.indexOf("base64,");
                return start >= 0 && found.isLiteral()
                        && found.asLiteral().getLexicalForm().replaceAll("\\s", "").equals(value.substring(start + 7).replaceAll("\\s", ""))
                        ? Match.SAME : Match.NO;
            }
            case "iri" -> {
                String text = found.isLiteral() ? found.asLiteral().getLexicalForm() : found.isURIResource() ? found.asResource().getURI() : "";
                return text.strip().equals(value) ? Match.SAME : Match.NO;
            }
            default -> throw new IllegalArgumentException("unknown match kind " + kind);
        }
    }

    /** A concept whose notation, label or last IRI segment is the value, or the align stage's placeholder for it. */
    private static boolean sameCode(RDFNode found, String value) {
        if (found.isLiteral()) {
            return collapse(found.asLiteral().getLexicalForm()).equalsIgnoreCase(value);
        }
        if (!found.isURIResource()) {
            return false;
        }
        String iri = found.asResource().getURI();
        String last = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':')) + 1);
        if (last.equalsIgnoreCase(value)) {
            return true;
        }
        var labels = found.asResource().listProperties(SKOS.notation).andThen(found.asResource().listProperties(SKOS.prefLabel));
        while (labels.hasNext()) {
            RDFNode label = labels.next().getObject();
            if (label.isLiteral() && collapse(label.asLiteral().getLexicalForm()).equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(String lexical, String value) {
        if (collapse(lexical).equals(value)) {
            return true;
        }
        try {
            return new BigDecimal(lexical.strip()).compareTo(new BigDecimal(value.replace(',', '.'))) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean aligned(List<RDFNode> found) {
        return !found.isEmpty() && found.stream().noneMatch(n -> n.isURIResource() && n.asResource().getURI().startsWith("urn:x-gateway:code:"));
    }

    private static List<RDFNode> objects(Model model, String node, String path) {
        String query = PREFIXES + "SELECT ?o WHERE { <" + node + "> " + path + " ?o }";
        List<RDFNode> found = new ArrayList<>();
        try (QueryExecution run = QueryExecutionFactory.create(query, model)) {
            ResultSet rows = run.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                found.add(row.get("o"));
            }
        }
        return found;
    }

    private static Set<String> noteTexts(Model model) {
        Set<String> texts = new HashSet<>();
        model.listObjectsOfProperty(model.createProperty("http://data.europa.eu/snb/model/elm/noteLiteral"))
                .forEachRemaining(n -> texts.add(collapse(n.isLiteral() ? n.asLiteral().getLexicalForm() : "")));
        return texts;
    }

    /** The node template with each {xpath} replaced by its string value relative to the item; null when one is empty. */
    private static String expand(String template, org.w3c.dom.Node item, XPath xpath) throws XPathExpressionException {
        Matcher m = PLACE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = xpath.evaluate(m.group(1), item);
            if (part == null || part.isEmpty()) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(part));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The gw-lang the check stage gave the element (an attribute: its element's). */
    private static String languageOf(org.w3c.dom.Node item) {
        Element element = item instanceof Attr a ? a.getOwnerElement() : (Element) item;
        String lang = element.getAttribute("gw-lang");
        return lang.isEmpty() ? "und" : lang.toLowerCase(Locale.ROOT);
    }

    /** Element path with 1-based positions among same-named siblings, e.g. /elmo/report[1]/issuer/title[2]. */
    private static String location(org.w3c.dom.Node item) {
        StringBuilder path = new StringBuilder();
        org.w3c.dom.Node n = item;
        if (n instanceof Attr a) {
            path.insert(0, "/@" + a.getName());
            n = a.getOwnerElement();
        }
        for (; n instanceof Element e; n = n.getParentNode()) {
            int index = 1;
            boolean more = false;
            for (org.w3c.dom.Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                index += s instanceof Element p && p.getTagName().equals(e.getTagName()) ? 1 : 0;
            }
            for (org.w3c.dom.Node s = e.getNextSibling(); s != null && !more; s = s.getNextSibling()) {
                more = s instanceof Element p && p.getTagName().equals(e.getTagName());
            }
            path.insert(0, "/" + e.getTagName() + (index > 1 || more ? "[" + index + "]" : ""));
        }
        return path.toString();
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The normalised document is the gateway's own output, but it is parsed as hardened as any input. */
    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

}
