package eu.credentialgateway.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class UnlinkedNodesTest {
    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString("@prefix : <https://test.invalid/> . " + text, Lang.TURTLE).parse(graph);
        return graph;
    }

    @Test
    void removesWhatTheCredentialDoesNotLeadToAndCountsIt() {
        Graph graph = turtle(":credential :claim :achievement . :achievement :title \"kept\" ; :spec [ :title \"kept too\" ] ."
                + " :orphanSpec :title \"dropped\" ; :type :concept . :concept :label \"dropped too\" .");

        int removed = UnlinkedNodes.prune(graph, NodeFactory.createURI("https://test.invalid/credential"));

        assertThat(removed).isEqualTo(2);
        assertThat(graph.size()).isEqualTo(4);
        assertThat(graph.contains(NodeFactory.createURI("https://test.invalid/orphanSpec"), Node.ANY, Node.ANY)).isFalse();
        assertThat(graph.contains(NodeFactory.createURI("https://test.invalid/concept"), Node.ANY, Node.ANY)).isFalse();
    }

    @Test
    void keepsAGraphWhoseEveryNodeIsLinked() {
        Graph graph = turtle(":credential :claim :a . :a :next :b . :b :back :a .");
        assertThat(UnlinkedNodes.prune(graph, NodeFactory.createURI("https://test.invalid/credential"))).isZero();
        assertThat(graph.size()).isEqualTo(3);
    }
}
