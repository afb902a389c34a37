package eu.credentialgateway.serialise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * Writes a credential graph as a JSON-LD tree rooted at the credential, choosing keys and value forms
 * from a precomputed {@link ContextTermTable} rather than by generic compaction or framing.
 *
 * <p>Correct whatever the context says: where no term fits a value exactly, the value is written in
 * its explicit form ({@code {"@value", "@type"}}, {@code {"@id"}}) under a compact or full IRI, which
 * expands to the same triple. Each node is described once, where the depth-first walk first meets it;
 * later mentions are references. Output order is deterministic (keys and values sorted).
 */
final class JsonLdTreeWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String RDF_LANG_STRING = RDF.langString.getURI();
    private static final String XSD_STRING = XSD.xstring.getURI();

    private final ContextTermTable terms;

    JsonLdTreeWriter(ContextTermTable terms) {
        this.terms = terms;
    }

    /** The tree for {@code root} and everything reachable from it, with the given {@code @context}. */
    ObjectNode write(Graph graph, Node root, JsonNode context) {
        Walk walk = new Walk(graph);
        ObjectNode document = JSON.objectNode();
        document.set("@context", context);
        document.setAll(walk.describe(root, terms));
        List<Node> unreachable = walk.unreachableSubjects();
        if (!unreachable.isEmpty()) {
            throw new IllegalStateException(unreachable.size() + " node(s) not reachable from the credential root, e.g. " + unreachable.get(0));
        }
        return document;
    }

    /** One depth-first walk over the graph; remembers which nodes are already described. */
    private final class Walk {
        private final Graph graph;
        private final Set<Node> described = new HashSet<>();
        private final Map<Node, Integer> blankReferences = new HashMap<>();

        Walk(Graph graph) {
            this.graph = graph;
            graph.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isBlank()) {
                    blankReferences.merge(t.getObject(), 1, Integer::sum);
                }
            });
        }

        ObjectNode describe(Node subject, ContextTermTable outer) {
            described.add(subject);
            ObjectNode node = JSON.objectNode();
            if (subject.isURI() || blankReferences.getOrDefault(subject, 0) > 1) {
                node.put("id", idOf(subject));
            }
            List<String> types = new ArrayList<>();
            Map<String, List<Node>> properties = new TreeMap<>();
            graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                    types.add(t.getObject().getURI());
                } else {
                    properties.computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>()).add(t.getObject());
                }
            });
            ContextTermTable active = outer;
            for (String type : types) {
                active = active.insideNodeOfType(type);
            }
            if (!types.isEmpty()) {
                types.sort(Comparator.naturalOrder());
                ArrayNode typeArray = JSON.arrayNode();
                ContextTermTable typeTerms = outer;
                types.forEach(type -> typeArray.add(typeTerms.termFor(type).map(TermDefinition::term).orElse(typeTerms.compactIri(type))));
                node.set("type", typeArray.size() == 1 ? typeArray.get(0) : typeArray);
            }
            Map<String, JsonNode> entries = new TreeMap<>();
            for (Map.Entry<String, List<Node>> property : properties.entrySet()) {
                writeProperty(property.getKey(), property.getValue(), active, entries);
            }
            node.setAll(entries);
            return node;
        }

        private void writeProperty(String predicate, List<Node> objects, ContextTermTable active, Map<String, JsonNode> entries) {
            objects.sort(Comparator.comparing(JsonLdTreeWriter::sortKey));
            TermDefinition term = active.termFor(predicate).filter(TermDefinition::hasPlainContainer).orElse(null);
            String fallbackKey = active.compactIri(predicate);
            if (term != null && term.isLanguageMap()) {
                ObjectNode languageMap = JSON.objectNode();
                List<Node> others = new ArrayList<>();
                for (Node object : objects) {
                    if (object.isLiteral() && isPlainOrLanguageString(object)) {
                        String language = object.getLiteralLanguage().isEmpty() ? "@none" : object.getLiteralLanguage();
                        appendTo(languageMap, language, JSON.textNode(object.getLiteralLexicalForm()));
                    } else {
                        others.add(object);
                    }
                }
                entries.put(term.term(), languageMap);
                if (!others.isEmpty()) {
                    entries.put(fallbackKey, values(others, null, active));
                }
                return;
            }
            entries.put(term == null ? fallbackKey : term.term(), values(objects, term, active));
        }

        private JsonNode values(List<Node> objects, TermDefinition term, ContextTermTable active) {
            ArrayNode array = JSON.arrayNode();
            for (Node object : objects) {
                array.add(value(object, term, active));
            }
            return array.size() == 1 ? array.get(0) : array;
        }

        private JsonNode value(Node object, TermDefinition term, ContextTermTable active) {
            if (object.isLiteral()) {
                return literal(object, term);
            }
            boolean describeHere = !described.contains(object) && graph.find(object, Node.ANY, Node.ANY).hasNext();
            if (describeHere) {
                return describe(object, terms);
            }
            if (term != null && TermDefinition.ID.equals(term.coercion())) {
                return JSON.textNode(idOf(object));
            }
            return JSON.objectNode().put("id", idOf(object));
        }

        private JsonNode literal(Node literal, TermDefinition term) {
            String lexical = literal.getLiteralLexicalForm();
            String language = literal.getLiteralLanguage();
            String datatype = literal.getLiteralDatatypeURI();
            String coercion = term == null ? null : term.coercion();
            if (!language.isEmpty()) {
                return JSON.objectNode().put("@value", lexical).put("@language", language);
            }
            if (coercion == null && XSD_STRING.equals(datatype)) {
                return JSON.textNode(lexical);
            }
            if (datatype.equals(coercion)) {
                return JSON.textNode(lexical);
            }
            ObjectNode value = JSON.objectNode().put("@value", lexical);
            if (!XSD_STRING.equals(datatype)) {
                value.put("@type", datatype);
            }
            return value;
        }

        List<Node> unreachableSubjects() {
            java.util.Set<Node> missing = new java.util.LinkedHashSet<>();
            graph.find(Node.ANY, Node.ANY, Node.ANY).mapWith(Triple::getSubject).forEachRemaining(s -> {
                if (!described.contains(s)) {
                    missing.add(s);
                }
            });
            return List.copyOf(missing);
        }
    }

    private static boolean isPlainOrLanguageString(Node literal) {
        String datatype = literal.getLiteralDatatypeURI();
        return RDF_LANG_STRING.equals(datatype) || XSD_STRING.equals(datatype);
    }

    private static void appendTo(ObjectNode map, String key, JsonNode value) {
        JsonNode existing = map.get(key);
        if (existing == null) {
            map.set(key, value);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(value);
        } else {
            map.set(key, JSON.arrayNode().add(existing).add(value));
        }
    }

    private static String idOf(Node node) {
        return node.isURI() ? node.getURI() : "_:" + node.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "");
    }

    private static String sortKey(Node node) {
        if (node.isLiteral()) {
            return "1" + node.getLiteralLanguage() + "\u0000" + node.getLiteralLexicalForm();
        }
        return "0" + (node.isURI() ? node.getURI() : node.getBlankNodeLabel());
    }
}
