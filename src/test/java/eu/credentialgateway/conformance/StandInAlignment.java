package eu.credentialgateway.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * TEST-ONLY stand-in for the align stage: turns the map stage's placeholders
 * {@code urn:x-gateway:code:<scheme>:<value>} into EU concept IRIs with the scheme and label the
 * official shapes ask for (country alpha-2 -> alpha-3 and language ISO 639-1 -> 639-2 via
 * java.util.Locale). The real align stage replaces it at integration.
 */
public final class StandInAlignment {
    private static final String PREFIX = "urn:x-gateway:code:";
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private StandInAlignment() {
    }

    public static void align(Graph graph) {
        List<Triple> placeholders = new ArrayList<>();
        graph.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(PREFIX)) {
                placeholders.add(t);
            }
        });
        for (Triple t : placeholders) {
            String[] parts = t.getObject().getURI().substring(PREFIX.length()).split(":", 2);
            String value = parts[1];
            String iri;
            String scheme;
            switch (parts[0]) {
                case "country" -> {
                    scheme = "http://publications.europa.eu/resource/authority/country";
                    iri = scheme + "/" + (value.length() == 3 ? value.toUpperCase(Locale.ROOT) : new Locale("", value).getISO3Country());
                }
                case "language" -> {
                    scheme = "http://publications.europa.eu/resource/authority/language";
                    iri = scheme + "/" + (value.length() == 3 ? value : new Locale(value).getISO3Language()).toUpperCase(Locale.ROOT);
                }
                case "eqf" -> {
                    scheme = "http://data.europa.eu/snb/eqf/25831c2";
                    iri = "http://data.europa.eu/snb/eqf/" + value;
                }
                case "isced-f" -> {
                    scheme = "http://data.europa.eu/snb/isced-f/25831c2";
                    iri = "http://data.europa.eu/snb/isced-f/" + value;
                }
                default -> throw new IllegalArgumentException("unknown placeholder scheme " + parts[0]);
            }
            Node concept = NodeFactory.createURI(iri);
            Node schemeNode = NodeFactory.createURI(scheme);
            graph.delete(t);
            graph.add(Triple.create(t.getSubject(), t.getPredicate(), concept));
            graph.add(Triple.create(concept, TYPE, NodeFactory.createURI(SKOS + "Concept")));
            graph.add(Triple.create(concept, NodeFactory.createURI(SKOS + "inScheme"), schemeNode));
            Node prefLabel = NodeFactory.createURI(SKOS + "prefLabel");
            if (!graph.contains(concept, prefLabel, Node.ANY)) {
                graph.add(Triple.create(concept, prefLabel, NodeFactory.createLiteralLang(value, "en")));
            }
            graph.add(Triple.create(schemeNode, TYPE, NodeFactory.createURI(SKOS + "ConceptScheme")));
        }
    }
}
