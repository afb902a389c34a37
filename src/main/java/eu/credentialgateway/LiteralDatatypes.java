package eu.credentialgateway;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;

/**
 * The Jena datatype of a literal's datatype IRI WITHOUT registering it: Jena's {@code TypeMapper.getSafeTypeByName}
 * registers every unknown IRI in a JVM-wide map that is never emptied, so documents naming fresh datatype IRIs leak
 * memory slowly. Known datatypes (XSD, rdf:langString, rdf:HTML, ...) come from the mapper; any other IRI gets an
 * unregistered {@link BaseDatatype}: the literal keeps its IRI and its lexical form as text, and nothing is parsed.
 */
public final class LiteralDatatypes {
    private LiteralDatatypes() {
    }

    /** The datatype named {@code iri}: the registered one, else one made for this literal alone. */
    public static RDFDatatype of(String iri) {
        RDFDatatype known = TypeMapper.getInstance().getTypeByName(iri);
        return known != null ? known : new BaseDatatype(iri);
    }
}
