package eu.credentialgateway.serialise;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads a JSON-LD document into a Jena graph with titanium, resolving contexts only through the given
 * loader. The serialiser's checks use it to prove that what it wrote means the graph it was given.
 */
public final class JsonLdToRdf {
    private JsonLdToRdf() {
    }

    /** The default graph of {@code json}; named graphs (e.g. proofs) are left out. */
    public static Graph read(String json, DocumentLoader loader) throws JsonLdError {
        return readDataset(json, loader).getDefaultGraph();
    }

    /** Every graph of {@code json}, named ones included. */
    public static DatasetGraph readDataset(String json, DocumentLoader loader) throws JsonLdError {
        DatasetGraph dataset = DatasetGraphFactory.create();
        Map<String, Node> blanks = new HashMap<>();
        RdfQuadConsumer intoDataset = (subject, predicate, object, datatype, language, direction, graphName) -> {
            Node objectNode = RdfQuadConsumer.isLiteral(datatype, language, direction)
                    ? literal(object, datatype, language)
                    : resource(object, blanks);
            Node graph = graphName == null ? Quad.defaultGraphIRI : resource(graphName, blanks);
            dataset.add(graph, resource(subject, blanks), NodeFactory.createURI(predicate), objectNode);
            return null;
        };
        JsonLd.toRdf(JsonDocument.of(new StringReader(json))).loader(loader).provide(intoDataset);
        return dataset;
    }

    private static Node resource(String value, Map<String, Node> blanks) {
        return RdfQuadConsumer.isBlank(value)
                ? blanks.computeIfAbsent(value, label -> NodeFactory.createBlankNode())
                : NodeFactory.createURI(value);
    }

    private static Node literal(String lexical, String datatype, String language) {
        if (language != null) {
            return NodeFactory.createLiteralLang(lexical, language);
        }
        return NodeFactory.createLiteralDT(lexical, eu.credentialgateway.LiteralDatatypes.of(datatype));
    }
}
