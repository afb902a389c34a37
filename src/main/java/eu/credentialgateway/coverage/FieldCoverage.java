package eu.credentialgateway.coverage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.SKOS;

/**
 * Checks, value by value, whether what the input says reached the credential graph: on the node the rule names,
 * with the same value and, for texts, the same language. A value that is not there but that a note of the
 * credential names by its field and quotes counts as noted (ELM has no place for it and the credential says so).
 *
 * <p>Hand-written because no library compares a source document with an RDF graph field by field; the source side
 * is the JDK's XPath or Jayway's JSONPath ({@link SourceDocument}), the graph side a SPARQL property path run by Jena.
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
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
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
        SourceDocument document = SourceDocument.parse(normalised);
        Model model = ModelFactory.createModelForGraph(credential);
        Model before = ModelFactory.createModelForGraph(mapped);
        List<String> notes = noteTexts(model);
        List<FieldResult> results = new ArrayList<>();
        for (CoverageRule rule : rules) {
            if (!rule.counted()) {
                continue;
            }
            for (SourceItem item : document.select(rule.select())) {
                String value = item.value();
                if (value.isEmpty()) {
                    continue;
                }
                String field = rule.tableClass() + "." + rule.tableField();
                results.add(new FieldResult(field, item.location(), judge(rule, item, value, before, model, notes)));
            }
        }
        return new CoverageReport(input, results);
    }

    private FieldResult.Status judge(CoverageRule rule, SourceItem item, String value, Model before, Model model,
                                     List<String> notes) throws Exception {
        String node = expand(rule.node(), item);
        boolean otherLanguage = false;
        // a code is compared as the mapping wrote it, and counts when the align stage then found its concept
        boolean code = "code".equals(rule.match());
        if (node != null && (!code || aligned(objects(model, node, rule.path())))) {
            for (RDFNode found : objects(code ? before : model, node, rule.path())) {
                Match m = matches(rule.match(), found, value, item);
                if (m == Match.SAME) {
                    return FieldResult.Status.REACHED;
                }
                otherLanguage |= m == Match.OTHER_LANGUAGE;
            }
        }
        if (otherLanguage) {
            return FieldResult.Status.WRONG_LANGUAGE;
        }
        return noted(rule.note(), value, notes) ? FieldResult.Status.NOTED : FieldResult.Status.MISSING;
    }

    /**
     * Whether a note names the field (the rule's note words) and then quotes the value: "value", a long one by its
     * start. A value quoted in a note about another field, or in no note, is not noted; nor is any value of a rule
     * without note words, whose values ELM can hold.
     */
    static boolean noted(String noteWords, String value, List<String> notes) {
        if (noteWords.isEmpty()) {
            return false;
        }
        String words = noteWords.toLowerCase(Locale.ROOT);
        String quoted = "\"" + (value.length() > QUOTED_PREFIX ? value.substring(0, QUOTED_PREFIX) : value + "\"");
        for (String note : notes) {
            int named = note.toLowerCase(Locale.ROOT).indexOf(words);
            if (named >= 0 && note.indexOf(quoted, named + words.length()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private enum Match { SAME, OTHER_LANGUAGE, NO }

    private static Match matches(String kind, RDFNode found, String value, SourceItem item) {
        switch (kind) {
            case "text" -> {
                if (!found.isLiteral() || !collapse(found.asLiteral().getLexicalForm()).equals(value)) {
                    return Match.NO;
                }
                return sameLanguage(found, item) ? Match.SAME : Match.OTHER_LANGUAGE;
            }
            case "value" -> {
                return found.isLiteral() && sameValue(found.asLiteral().getLexicalForm(), value) ? Match.SAME : Match.NO;
            }
            case "date" -> {
                // a date the check stage could read must arrive as that date; a term that is no date as its text
                String dateTime = item.dateTime();
                if (!found.isLiteral()) {
                    return Match.NO;
                }
                String lexical = found.asLiteral().getLexicalForm();
                // a date read by no check stage (EDC XML) compares as its date part when it starts with one
                String date = dateTime != null ? dateTime : DATE.matcher(value).lookingAt() ? value : null;
                boolean same = date != null ? lexical.startsWith(date.substring(0, Math.min(10, date.length()))) : collapse(lexical).equals(value);
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

    private static boolean sameLanguage(RDFNode literal, SourceItem item) {
        String tag = literal.asLiteral().getLanguage();
        String lang = item.language();
        return tag.equalsIgnoreCase(lang) || ("und".equals(lang) && (tag.isEmpty() || "und".equals(tag)));
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

    private static List<String> noteTexts(Model model) {
        List<String> texts = new ArrayList<>();
        model.listObjectsOfProperty(model.createProperty("http://data.europa.eu/snb/model/elm/noteLiteral"))
                .forEachRemaining(n -> texts.add(collapse(n.isLiteral() ? n.asLiteral().getLexicalForm() : "")));
        return texts;
    }

    /** The node template with each {placeholder} replaced by its value relative to the item; null when one is empty. */
    private static String expand(String template, SourceItem item) throws Exception {
        Matcher m = PLACE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = item.resolve(m.group(1));
            if (part == null || part.isEmpty()) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(part));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

}
