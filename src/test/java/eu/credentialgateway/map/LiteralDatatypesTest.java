package eu.credentialgateway.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.loader.DocumentLoader;
import eu.credentialgateway.serialise.JsonLdToRdf;
import java.util.Iterator;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/** Unknown datatype IRIs of documents are kept on their literals without growing Jena's JVM-wide type map. */
class LiteralDatatypesTest {
    private static final DocumentLoader NOTHING = (url, options) -> {
        throw new com.apicatalog.jsonld.JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline");
    };

    private static int registered() {
        int count = 0;
        for (Iterator<?> types = TypeMapper.getInstance().listTypes(); types.hasNext(); types.next()) {
            count++;
        }
        return count;
    }

    @Test
    void aThousandFreshDatatypesRegisterNothing() throws Exception {
        StringBuilder json = new StringBuilder("{\"@id\": \"urn:x:1\", \"urn:x:p\": [");
        for (int i = 0; i < 1_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"@value\": \"v").append(i).append("\", \"@type\": \"urn:hostile:type:").append(i).append("\"}");
        }
        json.append(", {\"@value\": \"5\", \"@type\": \"http://www.w3.org/2001/XMLSchema#integer\"}]}");
        int before = registered();
        Graph graph = JsonLdToRdf.read(json.toString(), NOTHING);
        assertThat(registered()).isEqualTo(before);
        assertThat(graph.size()).isEqualTo(1_001);
        Node seventh = graph.find(null, null, null).toList().stream().map(Triple::getObject)
                .filter(o -> o.getLiteralLexicalForm().equals("v7")).findFirst().orElseThrow();
        assertThat(seventh.getLiteralDatatypeURI()).isEqualTo("urn:hostile:type:7");
        assertThat(graph.find(null, null, null).toList().stream().map(Triple::getObject)
                .filter(o -> o.getLiteralLexicalForm().equals("5")).findFirst().orElseThrow().getLiteralDatatype())
                .isSameAs(XSDDatatype.XSDinteger);
        Graph again = JsonLdToRdf.read(json.toString(), NOTHING);
        assertThat(again.isIsomorphicWith(graph)).as("the same document reads into the same graph").isTrue();
    }
}
