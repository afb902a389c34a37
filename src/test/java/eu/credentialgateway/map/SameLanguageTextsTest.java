package eu.credentialgateway.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class SameLanguageTextsTest {
    private static final Node COURSE = NodeFactory.createURI("urn:epass:learningAchievement:1");
    private static final Node OTHER = NodeFactory.createURI("urn:epass:learningAchievement:2");
    private static final Node TITLE = Elm.dc("title");
    private static final Node DESCRIPTION = Elm.dc("description");

    private static Node text(String value, String lang) {
        return NodeFactory.createLiteralLang(value, lang);
    }

    private static List<Node> objects(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    @Test
    void twoTitlesWithoutALanguageBecomeOneAndNothingIsLost() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(COURSE, TITLE, text("Logic II", "und")));
        graph.add(Triple.create(COURSE, TITLE, text("Logic I", "und")));
        graph.add(Triple.create(COURSE, TITLE, text("Logikk", "nb")));

        List<String> joined = SameLanguageTexts.join(graph);

        assertThat(joined).containsExactly(COURSE.getURI() + " title");
        assertThat(objects(graph, COURSE, TITLE)).containsExactlyInAnyOrder(text("Logic I / Logic II", "und"), text("Logikk", "nb"));
    }

    @Test
    void descriptionsInOneLanguageAreJoinedAsParagraphsAndTheSameTextOnce() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(COURSE, DESCRIPTION, text("Second part.", "en")));
        graph.add(Triple.create(COURSE, DESCRIPTION, text("First part.", "EN")));
        graph.add(Triple.create(OTHER, TITLE, text("Same", "en")));
        graph.add(Triple.create(OTHER, TITLE, text("Same", "en-GB")));

        assertThat(SameLanguageTexts.join(graph)).containsExactly(COURSE.getURI() + " description");
        assertThat(objects(graph, COURSE, DESCRIPTION)).hasSize(1).first()
                .satisfies(node -> assertThat(node.getLiteralLexicalForm()).isEqualTo("First part.\n\nSecond part."));
        assertThat(objects(graph, OTHER, TITLE)).hasSize(2);
    }

    @Test
    void aGraphWithOneTextPerLanguageIsLeftAsItIs() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(COURSE, TITLE, text("Logic", "en")));
        graph.add(Triple.create(COURSE, TITLE, text("Logikk", "nb")));

        assertThat(SameLanguageTexts.join(graph)).isEmpty();
        assertThat(graph.size()).isEqualTo(2);
    }
}
