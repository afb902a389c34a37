package eu.credentialgateway.map;

import eu.credentialgateway.LiteralDatatypes;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/** Copies CARML's RDF4J statements into a Jena graph, so no RDF4J type leaves the map stage. */
final class Rdf4jToJena {
    private Rdf4jToJena() {
    }

    static void copy(Model model, Graph target) {
        for (Statement st : model) {
            target.add(Triple.create(node(st.getSubject()), node(st.getPredicate()), node(st.getObject())));
        }
    }

    private static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode bnode) {
            return NodeFactory.createBlankNode(bnode.getID());
        }
        Literal literal = (Literal) value;
        if (literal.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
        }
        IRI datatype = literal.getDatatype();
        if (datatype == null || XSD.STRING.equals(datatype)) {
            return NodeFactory.createLiteralString(literal.getLabel());
        }
        RDFDatatype type = LiteralDatatypes.of(datatype.stringValue());
        return NodeFactory.createLiteralDT(literal.getLabel(), type);
    }
}
