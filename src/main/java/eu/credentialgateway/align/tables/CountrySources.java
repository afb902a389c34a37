package eu.credentialgateway.align.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;

/**
 * Adds the OP country table's labels (about 40 languages) and lookup codes: the authority code
 * (ISO 3166-1 alpha-3), the ISO alpha-3 and TED codes of the SPARQL extract, and the two-letter legacy
 * codes the table maps (ISO alpha-2, plus EU usage such as UK and EL). Codes go to current concepts
 * first; a deprecated concept keeps only codes no current concept claims.
 */
final class CountrySources {
    static final String SKOS_RDF = "eu-authority/countries-skos.rdf";
    static final String CODES_JSON = "eu-authority/country-uri-codes.sparql-results.json";
    private static final String AT = "http://publications.europa.eu/ontology/authority/";
    private static final Node DEPRECATED = NodeFactory.createURI(AT + "deprecated");
    private static final Node MAPPED_CODE = NodeFactory.createURI(AT + "op-mapped-code");
    private static final Node LEGACY_CODE = NodeFactory.createURI(AT + "legacy-code");
    private static final Node AUTHORITY_CODE = NodeFactory.createURI(AT + "authority-code");

    private CountrySources() {
    }

    static void add(Path vocab, TableDraft country) throws IOException {
        country.source(SKOS_RDF);
        country.source(CODES_JSON);
        Graph g = RDFParser.source(vocab.resolve(SKOS_RDF)).lang(Lang.RDFXML).toGraph();
        Node scheme = NodeFactory.createURI(country.schemeIri());
        List<String> current = new ArrayList<>();
        List<String> deprecated = new ArrayList<>();
        Map<String, TreeSet<String>> twoLetter = new TreeMap<>();
        Map<String, String> authorityCodes = new TreeMap<>();
        for (Triple t : g.find(Node.ANY, SKOS.inScheme.asNode(), scheme).toList()) {
            Node c = t.getSubject();
            String iri = c.getURI();
            country.concept(iri);
            for (Triple label : g.find(c, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
                country.label(iri, label.getObject().getLiteralLanguage(), label.getObject().getLiteralLexicalForm());
            }
            boolean isDeprecated = g.find(c, DEPRECATED, Node.ANY).toList().stream()
                    .anyMatch(d -> "true".equals(d.getObject().getLiteralLexicalForm()));
            (isDeprecated ? deprecated : current).add(iri);
            if (!isDeprecated) {
                for (Triple m : g.find(c, MAPPED_CODE, Node.ANY).toList()) {
                    for (Triple code : g.find(m.getObject(), LEGACY_CODE, Node.ANY).toList()) {
                        String v = code.getObject().getLiteralLexicalForm().strip().toUpperCase(Locale.ROOT);
                        if (v.matches("[A-Z]{2}")) {
                            twoLetter.computeIfAbsent(v, k -> new TreeSet<>()).add(iri);
                        }
                    }
                }
            }
            for (Triple code : g.find(c, AUTHORITY_CODE, Node.ANY).toList()) {
                authorityCodes.put(iri, code.getObject().getLiteralLexicalForm().strip().toUpperCase(Locale.ROOT));
            }
        }
        current.sort(null);
        deprecated.sort(null);
        Map<String, List<String>> extractCodes = extractCodes(vocab);
        // 1. current concepts: authority code, then the extract's ISO alpha-3 / TED codes
        for (String iri : current) {
            country.code(iri, authorityCode(authorityCodes, iri));
        }
        for (String iri : current) {
            extractCodes.getOrDefault(iri, List.of()).forEach(code -> country.code(iri, code));
        }
        // 2. two-letter legacy codes that name exactly one current concept
        twoLetter.forEach((code, owners) -> {
            if (owners.size() == 1) {
                country.code(owners.first(), code);
            }
        });
        // 3. code-list concepts outside the SKOS file, then deprecated concepts: what is still free
        for (String iri : new ArrayList<>(country.iris())) {
            if (!current.contains(iri) && !deprecated.contains(iri)) {
                country.code(iri, authorityCode(authorityCodes, iri));
            }
        }
        for (String iri : deprecated) {
            country.code(iri, authorityCode(authorityCodes, iri));
            extractCodes.getOrDefault(iri, List.of()).forEach(code -> country.code(iri, code));
        }
    }

    private static String authorityCode(Map<String, String> authorityCodes, String iri) {
        String code = authorityCodes.get(iri);
        return code != null ? code : iri.substring(iri.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
    }

    /** The SPARQL extract's codes per concept, sorted: ISO alpha-3 and TED codes. */
    private static Map<String, List<String>> extractCodes(Path vocab) throws IOException {
        JsonNode root = new ObjectMapper().readTree(vocab.resolve(CODES_JSON).toFile());
        Map<String, TreeSet<String>> byIri = new TreeMap<>();
        for (JsonNode b : root.path("results").path("bindings")) {
            String iri = b.path("conceptURI").path("value").asText();
            String code = b.path("code").path("value").asText().strip().toUpperCase(Locale.ROOT);
            if (!iri.isEmpty() && code.matches("[A-Z]{2,3}")) {
                byIri.computeIfAbsent(iri, k -> new TreeSet<>()).add(code);
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        byIri.forEach((iri, codes) -> out.put(iri, new ArrayList<>(codes)));
        return out;
    }
}
