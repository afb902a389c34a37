package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.GatewayHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Credentials with ESCO skills pass the OFFICIAL ELM shapes (generic + converted), with each skill the right one:
 * an Open Badges 3.0 badge whose alignments give ESCO URIs (known, obsolete, unknown) and free-text outcomes
 * (matched above the threshold in English and French, in the review range, below the floor), and a badge whose
 * specification has no outcomes but a learning outcome summary (the summary added to the mapped graph, as the
 * legacy EDC XML and other sources carry one); a CSV row whose learningOutcomes@en/@fr columns list outcomes, and a
 * legacy EDC XML credential whose outcomes give an ESCO skill or only titles.
 */
@GatewayTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscoConformanceTest {
    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final String SKILL = "http://data.europa.eu/esco/skill/";
    static final String BIG_DATA = SKILL + "47a49cd6-097d-457a-9f7b-c290c14930d5";
    static final String OBSOLETE = SKILL + "03ae1add-eecd-46b1-8117-742b4d7666d4";
    static final String TEAMS = SKILL + "60c78287-22eb-4103-9c8c-28deaa460da0";
    static final String CUSTOMERS = SKILL + "0da516ee-e70e-4384-be13-f5ff80be8127";
    static final String STATISTICS = SKILL + "382c11ed-20d5-4ae7-b60e-15fec527fa6c";
    static final Node RELATED = NodeFactory.createURI(ELM + "relatedESCOSkill");
    static final Node OUTCOME = NodeFactory.createURI(ELM + "learningOutcome");
    static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    static final Node SCHEME = NodeFactory.createURI("http://data.europa.eu/esco/concept-scheme/skills");
    @Autowired
    AdapterPipeline pipeline;
    @Autowired
    RoutedConversion routes;
    @Autowired
    @Qualifier("alignStage")
    Processor align;
    @Autowired
    @Qualifier("sanityStage")
    Processor sanity;
    @Autowired
    @Qualifier("validateStage")
    Processor validate;
    @Autowired
    CamelContext camel;

    /** The test case converted through the real routes: the graph as validated, which must pass the official shapes. */
    Graph convert(String format, String testCase, String input) throws Exception {
        return passesOfficialShapes(routes.convert(format, Files.readAllBytes(Path.of("test-data", format, testCase, input))).graph());
    }

    /**
     * A mapped graph no input makes (a test adds to it) through the context's own align, sanity and validate steps, in
     * the order of routes/pipeline.yaml.
     */
    Graph convert(Graph mapped) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(mapped);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, ElmoPipeline.CREDENTIAL_ID);
        for (Processor step : List.of(align, sanity, validate)) {
            step.process(exchange);
        }
        return passesOfficialShapes(exchange.getMessage().getBody(Graph.class));
    }

    private static Graph passesOfficialShapes(Graph aligned) {
        ValidationReport report = OfficialElm.validateConverted(aligned);
        assertThat(report.conforms()).as(() -> OfficialElm.describe(report)).isTrue();
        return aligned;
    }

    /** Each learning outcome's titles (all languages, sorted, joined by " / "), and the skills it names. */
    static Map<String, Set<String>> skillsByTitles(Graph g) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(ELM + "LearningOutcome")).toList()) {
            String titles = g.find(t.getSubject(), TITLE, Node.ANY).mapWith(x -> x.getObject().getLiteralLexicalForm()).toList()
                    .stream().sorted().collect(Collectors.joining(" / "));
            out.put(titles, g.find(t.getSubject(), RELATED, Node.ANY).mapWith(x -> x.getObject().getURI()).toSet());
        }
        return out;
    }

    Graph mapped(String testCase) throws Exception {
        return pipeline.run("openbadges-v3", Files.readAllBytes(Path.of("test-data/openbadges-v3", testCase, "input.json")));
    }

    /** Each learning outcome's first title, and the skills it names. */
    static Map<String, Set<String>> skillsByTitle(Graph g) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(ELM + "LearningOutcome")).toList()) {
            String title = g.find(t.getSubject(), TITLE, Node.ANY).next().getObject().getLiteralLexicalForm();
            out.put(title, g.find(t.getSubject(), RELATED, Node.ANY).mapWith(x -> x.getObject().getURI()).toSet());
        }
        return out;
    }

    static Map<String, String> labels(Graph g, String skill) {
        return g.find(NodeFactory.createURI(skill), SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                .collect(Collectors.toMap(t -> t.getObject().getLiteralLanguage(), t -> t.getObject().getLiteralLexicalForm()));
    }

    @Test
    void aBadgeWithEscoUrisAndFreeTextOutcomesPassesTheOfficialShapesWithTheRightSkills() throws Exception {
        OfficialElm.sharedOrSkip();
        Graph g = convert("openbadges-v3", "esco-alignments", "input.json");

        assertThat(skillsByTitle(g)).isEqualTo(Map.of(
                "analyse big data", Set.of(BIG_DATA),
                "travailler de façon rentable", Set.of(OBSOLETE),
                "a skill ESCO does not have", Set.of(),
                "Work in teams", Set.of(TEAMS),
                "Travailler en équipe", Set.of(TEAMS),
                "Python programming", Set.of(),
                "Erasmus exchange semester", Set.of()));
        assertThat(labels(g, BIG_DATA)).isEqualTo(Map.of("en", "analyse big data", "fr", "analyser des mégadonnées",
                "es", "analizar inteligencia de datos"));
        assertThat(labels(g, TEAMS)).containsEntry("en", "work in teams").containsEntry("fr", "travailler en équipe");
        for (String skill : List.of(BIG_DATA, OBSOLETE, TEAMS)) {
            assertThat(g.contains(NodeFactory.createURI(skill), SKOS.inScheme.asNode(), SCHEME)).as(skill).isTrue();
        }
        assertThat(g.find(Node.ANY, RELATED, Node.ANY).mapWith(t -> t.getObject().getURI()).toSet())
                .containsExactlyInAnyOrder(BIG_DATA, OBSOLETE, TEAMS);
    }

    @Test
    void aSpecificationWithOnlyAnOutcomeSummaryGetsAnOutcomePerMatchedPhrase() throws Exception {
        OfficialElm.sharedOrSkip();
        Graph g = mapped("vc11-issuance-date");
        Node spec = g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(ELM + "LearningAchievementSpecification")).next().getSubject();
        assertThat(g.contains(spec, OUTCOME, Node.ANY)).isFalse();
        Node note = NodeFactory.createURI("urn:epass:note:learning-outcome-summary");
        g.add(spec, NodeFactory.createURI(ELM + "learningOutcomeSummary"), note);
        g.add(note, RDF.type.asNode(), NodeFactory.createURI(ELM + "Note"));
        g.add(note, NodeFactory.createURI(ELM + "noteLiteral"), NodeFactory.createLiteralLang(
                "Learners who complete this badge can:\n- work in teams\n- communicate with customers\n- apply statistical analysis techniques\n- juggle", "en"));

        Graph aligned = convert(g);

        assertThat(aligned.find(spec, OUTCOME, Node.ANY).toList()).hasSize(3);
        assertThat(skillsByTitle(aligned)).isEqualTo(Map.of(
                "work in teams", Set.of(TEAMS), "communicate with customers", Set.of(CUSTOMERS), "apply statistical analysis techniques", Set.of(STATISTICS)));
    }

    @Test
    void aCsvRowWithLearningOutcomesInTwoLanguagesGetsTheirEscoSkillsAndPassesTheOfficialShapes() throws Exception {
        OfficialElm.sharedOrSkip();
        Graph aligned = convert("csv", "learning-outcomes", "input.csv");

        assertThat(skillsByTitles(aligned)).isEqualTo(Map.of(
                "Travailler en équipe / Work in teams", Set.of(TEAMS),
                "Communicate with customers / Communiquer avec des clients", Set.of(CUSTOMERS),
                "Juggle with three balls", Set.of()));
        Node spec = aligned.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(ELM + "LearningAchievementSpecification")).next().getSubject();
        assertThat(aligned.find(spec, OUTCOME, Node.ANY).toList()).hasSize(3);
    }

    @Test
    void aLegacyEdcXmlOutcomeKeepsItsEscoSkillAndOneWithOnlyTitlesIsMatched() throws Exception {
        OfficialElm.sharedOrSkip();
        Graph aligned = convert("edc-xml", "learning-outcomes", "input.xml");

        assertThat(skillsByTitles(aligned)).isEqualTo(Map.of(
                "travailler en équipe / work in teams", Set.of(TEAMS),
                "Communicate with customers / Communiquer avec des clients", Set.of(CUSTOMERS)));
        assertThat(labels(aligned, TEAMS)).containsEntry("en", "work in teams");
    }
}
