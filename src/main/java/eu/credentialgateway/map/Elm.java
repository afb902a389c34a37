package eu.credentialgateway.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The vocabulary terms the map stage writes itself (the mapping file names its own). */
final class Elm {
    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final String CRED = "https://www.w3.org/2018/credentials#";
    static final String DC = "http://purl.org/dc/terms/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    static final Node TYPE = uri(RDF_TYPE);
    static final Node CONCEPT = uri(SKOS + "Concept");
    static final Node CONCEPT_SCHEME = uri(SKOS + "ConceptScheme");
    static final Node IN_SCHEME = uri(SKOS + "inScheme");
    static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    static final Node NOTATION = uri(SKOS + "notation");

    private Elm() {
    }

    static Node elm(String local) {
        return uri(ELM + local);
    }

    static Node cred(String local) {
        return uri(CRED + local);
    }

    static Node dc(String local) {
        return uri(DC + local);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
