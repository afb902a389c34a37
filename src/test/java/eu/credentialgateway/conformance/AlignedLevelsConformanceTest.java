package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.align.AlignProperties;
import eu.credentialgateway.align.AlignStage;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * A credential whose qualification names its level only nationally ("DQR 6") and its fields only by name
 * in several languages comes out of the REAL align stage with the QDR concept, the EQF level the German
 * referencing gives and the ISCED-F concepts, and passes the OFFICIAL ELM shapes (generic no-cv + full,
 * whose controlled-vocabulary part checks the NQF, EQF and ISCED-F schemes, + converted).
 */
class AlignedLevelsConformanceTest {
    private static final String ELM = "http://data.europa.eu/snb/model/elm/";
    private static final Node SPEC = NodeFactory.createURI("urn:test:node/specification");

    @Test
    void aQualificationWithANationalLevelAndNamedFieldsPassesTheOfficialShapes() throws Exception {
        OfficialElm.sharedOrSkip();
        Graph g = RDFDataMgr.loadGraph("test-data/validate/minimal-converted.ttl");
        g.find(SPEC, elm("EQFLevel"), Node.ANY).toList().forEach(g::delete);
        g.add(SPEC, RDF.type.asNode(), elm("Qualification"));
        g.add(SPEC, elm("NQFLevel"), NodeFactory.createURI("urn:x-gateway:code:nqf:DQR%206"));
        g.add(SPEC, elm("ISCEDFCode"), NodeFactory.createURI("urn:x-gateway:code:isced-f:Computernutzung"));
        g.add(SPEC, elm("ISCEDFCode"), NodeFactory.createURI("urn:x-gateway:code:isced-f:D%C3%A9veloppement%20et%20analyse%20de%20logiciels%20et%20d%E2%80%99applications"));
        g.add(SPEC, elm("ISCEDFCode"), NodeFactory.createURI("urn:x-gateway:code:isced-f:Uso%20de%20computadores"));

        Exchange ex = new DefaultExchange(new DefaultCamelContext());
        ex.getMessage().setBody(g);
        new AlignStage(new AlignProperties(null), ".").process(ex);

        Object notes = ex.getProperty(GatewayHeaders.NOTES);
        assertThat(notes == null ? List.of() : (List<?>) notes).as("align warnings").isEmpty();
        assertThat(objects(g, "NQFLevel")).containsExactly("http://data.europa.eu/snb/qdr/c_6919ed25"); // "DQR Level 6"
        assertThat(objects(g, "EQFLevel")).containsExactly("http://data.europa.eu/snb/eqf/6");
        assertThat(objects(g, "ISCEDFCode")).containsExactlyInAnyOrder(
                "http://data.europa.eu/snb/isced-f/0611", "http://data.europa.eu/snb/isced-f/0613");
        ValidationReport report = OfficialElm.validateConverted(g);
        assertThat(report.conforms()).as(() -> OfficialElm.describe(report)).isTrue();
    }

    private static Node elm(String local) {
        return NodeFactory.createURI(ELM + local);
    }

    private static List<String> objects(Graph g, String property) {
        return g.find(SPEC, elm(property), Node.ANY).mapWith(t -> t.getObject().getURI()).toList();
    }
}
