package eu.credentialgateway.serialise;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfDataset;
import com.apicatalog.rdf.RdfLiteral;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.RdfValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads a JSON-LD document into a Jena graph with titanium, resolving contexts only through the given
 * loader. The serialiser's checks use it to prove that what it wrote means the graph it was given.
 */
public final class JsonLdToRdf {
    private JsonLdToRdf() {
    }

    /** The default graph of {@code json}; named graphs (e.g. proofs) are ignored. */
    public static Graph read(String json, DocumentLoader loader) throws JsonLdError {
        RdfDataset dataset = JsonLd.toRdf(JsonDocument.of(new StringReader(json))).loader(loader).get();
        Graph graph = GraphFactory.createDefaultGraph();
        Map<String, Node> blanks = new HashMap<>();
        for (RdfNQuad quad : dataset.toList()) {
            if (quad.getGraphName().isPresent()) {
                continue;
            }
            graph.add(node(quad.getSubject(), blanks), node(quad.getPredicate(), blanks), node(quad.getObject(), blanks));
        }
        return graph;
    }

    private static Node node(RdfValue value, Map<String, Node> blanks) {
        if (value.isIRI()) {
            return NodeFactory.createURI(value.getValue());
        }
        if (value.isBlankNode()) {
            return blanks.computeIfAbsent(value.getValue(), label -> NodeFactory.createBlankNode());
        }
        RdfLiteral literal = value.asLiteral();
        if (literal.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(literal.getValue(), literal.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(literal.getValue(), TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype()));
    }
}
