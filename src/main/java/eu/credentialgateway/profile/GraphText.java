package eu.credentialgateway.profile;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.loader.DocumentLoader;
import eu.credentialgateway.serialise.JsonLdToRdf;
import java.io.StringWriter;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graph an EDC JSON-LD document states, as Turtle or N-Quads, for debugging: read back from the serialised
 * credential with the gateway's own contexts (offline), so it shows exactly what the issued JSON-LD means.
 */
final class GraphText {
    private static final Map<String, String> PREFIXES = Map.of(
            "elm", "http://data.europa.eu/snb/model/elm/",
            "cred", "https://www.w3.org/2018/credentials#",
            "dc", "http://purl.org/dc/terms/",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    private final DocumentLoader contexts;

    GraphText(DocumentLoader contexts) {
        this.contexts = contexts;
    }

    /** The default graph as Turtle, with the ELM prefixes. */
    String turtle(String jsonLd) throws JsonLdError {
        Graph graph = JsonLdToRdf.read(jsonLd, contexts);
        PREFIXES.forEach(graph.getPrefixMapping()::setNsPrefix);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }

    /** Every graph (named ones included) as N-Quads. */
    String nquads(String jsonLd) throws JsonLdError {
        DatasetGraph dataset = JsonLdToRdf.readDataset(jsonLd, contexts);
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, dataset, Lang.NQUADS);
        return out.toString();
    }
}
