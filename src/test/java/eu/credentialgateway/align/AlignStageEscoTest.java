package eu.credentialgateway.align;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.AlignmentDecision.Decision;
import eu.credentialgateway.AlignmentDecision.Kind;
import eu.credentialgateway.Finding;
import eu.credentialgateway.Notes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The align stage with ESCO: skill URIs the input gives, and learning outcome texts matched to skills. */
class AlignStageEscoTest {
    static final String SKILL = "http://data.europa.eu/esco/skill/";
    static final String BIG_DATA = SKILL + "47a49cd6-097d-457a-9f7b-c290c14930d5";
    static final String OBSOLETE = SKILL + "03ae1add-eecd-46b1-8117-742b4d7666d4";
    static final String UNKNOWN = SKILL + "00000000-0000-4000-8000-000000000000";
    static final String TEAMS = SKILL + "60c78287-22eb-4103-9c8c-28deaa460da0";
    static final String CUSTOMERS = SKILL + "0da516ee-e70e-4384-be13-f5ff80be8127";
    static final String PYTHON = SKILL + "ccd0a1d9-afda-43d9-b901-96344886e14d";
    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final Node RELATED = NodeFactory.createURI(ELM + "relatedESCOSkill");
    static final Node LEARNING_OUTCOME = NodeFactory.createURI(ELM + "learningOutcome");
    static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    static final Node SCHEME = NodeFactory.createURI("http://data.europa.eu/esco/concept-scheme/skills");


    static VocabularyTables tables;

    @BeforeAll
    static void load() throws IOException {
        tables = VocabularyTables.load(Path.of("ontologies", "vocab"));
    }

    Graph graph;
    Exchange exchange;

    Exchange align(ReviewedPhrases reviewed) throws Exception {
        graph = AlignStageTest.parse("esco-credential.ttl");
        exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(graph);
        new AlignStage(tables, EscoFixture.ESCO, reviewed).process(exchange);
        return exchange;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    Set<String> skillsOf(String outcome) {
        return graph.find(iri(outcome), RELATED, Node.ANY).mapWith(t -> t.getObject().getURI()).toSet();
    }

    Map<String, String> labels(String skill) {
        return graph.find(iri(skill), SKOS.prefLabel.asNode(), Node.ANY).toList().stream()
                .collect(Collectors.toMap(t -> t.getObject().getLiteralLanguage(), t -> t.getObject().getLiteralLexicalForm()));
    }

    List<AlignmentDecision> decisions(Kind kind) {
        return AlignmentDecision.of(exchange).stream().filter(d -> d.kind() == kind).toList();
    }

    AlignmentDecision decision(Kind kind, String subject, String text) {
        return decisions(kind).stream().filter(d -> subject.equals(d.subject()) && (text == null || text.equals(d.text())))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " decision for " + subject + " " + text));
    }

    @Nested
    class SkillUrisTheInputGives {
        @BeforeEach
        void run() throws Exception {
            align(ReviewedPhrases.NONE);
        }

        @Test
        void keepsAKnownSkillWithEscosSchemeAndPreferredLabels() {
            assertThat(skillsOf("urn:epass:lo:known")).containsExactly(BIG_DATA);
            assertThat(graph.contains(iri(BIG_DATA), RDF.type.asNode(), SKOS.Concept.asNode())).isTrue();
            assertThat(graph.contains(iri(BIG_DATA), SKOS.inScheme.asNode(), SCHEME)).isTrue();
            assertThat(graph.contains(SCHEME, RDF.type.asNode(), SKOS.ConceptScheme.asNode())).isTrue();
            assertThat(labels(BIG_DATA)).isEqualTo(Map.of("en", "analyse big data", "fr", "analyser des mégadonnées",
                    "es", "analizar inteligencia de datos"));
            AlignmentDecision d = decision(Kind.ESCO_URI, "urn:epass:lo:known", null);
            assertThat(d.decision()).isEqualTo(Decision.KEPT);
            assertThat(d.reason()).isEqualTo("known-esco-skill");
            assertThat(d.target()).isEqualTo(BIG_DATA);
            assertThat(d.source()).isEqualTo("input");
        }

        @Test
        void keepsAnObsoleteSkillWithAWarningAsEscoNamesNoReplacement() {
            assertThat(skillsOf("urn:epass:lo:obsolete")).containsExactly(OBSOLETE);
            assertThat(labels(OBSOLETE)).containsEntry("fr", "travailler de façon rentable").doesNotContainKey("en");
            assertThat(graph.contains(iri(OBSOLETE), SKOS.inScheme.asNode(), SCHEME)).isTrue();
            assertThat(Notes.of(exchange)).contains(new Finding(eu.credentialgateway.Stage.ALIGN, "obsolete-esco-skill",
                    Notes.of(exchange).stream().filter(f -> f.code().equals("obsolete-esco-skill")).findFirst().orElseThrow().message(),
                    "urn:epass:lo:obsolete " + ELM + "relatedESCOSkill"));
            assertThat(decision(Kind.ESCO_URI, "urn:epass:lo:obsolete", null).reason()).isEqualTo("obsolete-esco-skill");
        }

        @Test
        void dropsAnUnknownSkillWithWhatTheInputSaidAboutIt() {
            assertThat(skillsOf("urn:epass:lo:unknown")).isEmpty();
            assertThat(graph.contains(iri(UNKNOWN), Node.ANY, Node.ANY)).isFalse();
            Finding warning = Notes.of(exchange).stream().filter(f -> f.code().equals("unknown-esco-skill")).findFirst().orElseThrow();
            assertThat(warning.location()).isEqualTo("urn:epass:lo:unknown " + ELM + "relatedESCOSkill");
            assertThat(warning.message()).doesNotContain(UNKNOWN);
            AlignmentDecision d = decision(Kind.ESCO_URI, "urn:epass:lo:unknown", null);
            assertThat(d.decision()).isEqualTo(Decision.DROPPED);
            assertThat(d.text()).isEqualTo(UNKNOWN);
            assertThat(d.target()).isNull();
        }

        @Test
        void doesNotMatchTheTitleOfAnOutcomeWhoseSkillTheInputGave() {
            assertThat(decisions(Kind.ESCO_TEXT)).noneMatch(d -> d.subject().equals("urn:epass:lo:unknown") || d.subject().equals("urn:epass:lo:known"));
        }
    }

    @Nested
    class OutcomeTexts {
        @BeforeEach
        void run() throws Exception {
            align(ReviewedPhrases.NONE);
        }

        @Test
        void addsTheSkillOfATitleScoringAtLeastTheThreshold() {
            assertThat(skillsOf("urn:epass:lo:teams")).containsExactly(TEAMS);
            assertThat(labels(TEAMS)).containsEntry("en", "work in teams");
            assertThat(graph.contains(iri(TEAMS), SKOS.inScheme.asNode(), SCHEME)).isTrue();
            AlignmentDecision d = decision(Kind.ESCO_TEXT, "urn:epass:lo:teams", "Work in teams");
            assertThat(d.decision()).isEqualTo(Decision.ADDED);
            assertThat(d.reason()).isEqualTo("score-at-or-above-threshold");
            assertThat(d.source()).isEqualTo("matcher");
            assertThat(d.score()).isGreaterThanOrEqualTo(0.85);
            assertThat(d.lang()).isEqualTo("en");
            assertThat(d.property()).isEqualTo("http://purl.org/dc/terms/title");
        }

        @Test
        void queuesTheCandidatesOfATitleInTheReviewRangeAndAddsNothing() {
            assertThat(skillsOf("urn:epass:lo:python")).isEmpty();
            AlignmentDecision d = decision(Kind.ESCO_TEXT, "urn:epass:lo:python", "Python programming");
            assertThat(d.decision()).isEqualTo(Decision.QUEUED);
            assertThat(d.score()).isBetween(0.40, 0.85);
            assertThat(d.candidates()).hasSizeBetween(1, 5);
            assertThat(d.candidates().get(0).uri()).isEqualTo(PYTHON);
            assertThat(d.target()).isNull();
        }

        @Test
        void addsNothingBelowTheReviewFloor() {
            assertThat(skillsOf("urn:epass:lo:erasmus")).isEmpty();
            AlignmentDecision d = decision(Kind.ESCO_TEXT, "urn:epass:lo:erasmus", null);
            assertThat(d.decision()).isEqualTo(Decision.NOT_ADDED);
            assertThat(d.reason()).isEqualTo("score-below-review-floor");
            assertThat(d.candidates()).isEmpty();
        }

        @Test
        void makesALearningOutcomePerSummaryPhraseOfASpecificationWithoutOutcomes() {
            List<Node> outcomes = graph.find(iri("urn:epass:spec:2"), LEARNING_OUTCOME, Node.ANY).mapWith(t -> t.getObject()).toList();
            assertThat(outcomes).hasSize(2);
            Map<String, Set<String>> skillByTitle = outcomes.stream().collect(Collectors.toMap(
                    o -> graph.find(o, TITLE, Node.ANY).next().getObject().getLiteralLexicalForm(),
                    o -> skillsOf(o.getURI())));
            assertThat(skillByTitle).isEqualTo(Map.of("work in teams", Set.of(TEAMS), "communicate with customers", Set.of(CUSTOMERS)));
            Node title = graph.find(outcomes.get(0), TITLE, Node.ANY).next().getObject();
            assertThat(title.getLiteralLanguage()).isEqualToIgnoringCase("en-GB");
            assertThat(graph.contains(outcomes.get(0), RDF.type.asNode(), iri(ELM + "LearningOutcome"))).isTrue();
            assertThat(decisions(Kind.ESCO_TEXT)).filteredOn(d -> d.subject().equals("urn:epass:spec:2"))
                    .extracting(AlignmentDecision::property).containsOnly(ELM + "learningOutcomeSummary");
        }

        @Test
        void leavesTheSummaryOfASpecificationWithOutcomesAlone() {
            assertThat(graph.find(iri("urn:epass:spec:3"), LEARNING_OUTCOME, Node.ANY).toList()).hasSize(1);
            assertThat(decisions(Kind.ESCO_TEXT)).noneMatch(d -> d.subject().equals("urn:epass:spec:3"));
        }

        @Test
        void makesTheSameOutcomeIrisEachTime() throws Exception {
            Set<Node> first = graph.find(iri("urn:epass:spec:2"), LEARNING_OUTCOME, Node.ANY).mapWith(t -> t.getObject()).toSet();
            align(ReviewedPhrases.NONE);
            assertThat(graph.find(iri("urn:epass:spec:2"), LEARNING_OUTCOME, Node.ANY).mapWith(t -> t.getObject()).toSet()).isEqualTo(first);
        }
    }

    @Nested
    class RememberedReviews {
        final UUID accepted = UUID.randomUUID();
        final UUID rejected = UUID.randomUUID();

        @BeforeEach
        void run() throws Exception {
            align(key -> key.equals(PhraseKey.of("python  PROGRAMMING.", "en"))
                    ? new ReviewedPhrases.Verdict(accepted, PYTHON)
                    : key.equals(PhraseKey.of("Erasmus exchange semester", "en")) ? new ReviewedPhrases.Verdict(rejected, null) : null);
        }

        @Test
        void addsTheAcceptedSkillWithoutAskingTheMatcher() {
            assertThat(skillsOf("urn:epass:lo:python")).containsExactly(PYTHON);
            AlignmentDecision d = decision(Kind.ESCO_TEXT, "urn:epass:lo:python", null);
            assertThat(d.decision()).isEqualTo(Decision.ADDED);
            assertThat(d.reason()).isEqualTo("accepted-in-review");
            assertThat(d.source()).isEqualTo("review");
            assertThat(d.reviewId()).isEqualTo(accepted);
            assertThat(d.score()).isNull();
        }

        @Test
        void addsNothingAndQueuesNothingForARejectedPhrase() {
            AlignmentDecision d = decision(Kind.ESCO_TEXT, "urn:epass:lo:erasmus", null);
            assertThat(d.decision()).isEqualTo(Decision.NOT_ADDED);
            assertThat(d.reason()).isEqualTo("rejected-in-review");
            assertThat(d.reviewId()).isEqualTo(rejected);
            assertThat(decisions(Kind.ESCO_TEXT)).noneMatch(x -> x.decision() == Decision.QUEUED);
        }
    }

    @Nested
    class CodeAlignments {
        @BeforeEach
        void run() throws Exception {
            align(ReviewedPhrases.NONE);
        }

        @Test
        void recordsEachCodeAlignedOrDropped() {
            AlignmentDecision eqf = decision(Kind.CODE, "urn:epass:spec:1", "eqf:6");
            assertThat(eqf.decision()).isEqualTo(Decision.ALIGNED);
            assertThat(eqf.target()).isEqualTo("http://data.europa.eu/snb/eqf/6");
            assertThat(eqf.source()).isEqualTo("vocabulary");
            AlignmentDecision nqf = decision(Kind.CODE, "urn:epass:spec:1", "nqf:DQR 6");
            assertThat(nqf.decision()).isEqualTo(Decision.ALIGNED);
            assertThat(nqf.target()).startsWith("http://data.europa.eu/snb/qdr/");
            AlignmentDecision language = decision(Kind.CODE, "urn:epass:spec:1", "language:xx");
            assertThat(language.decision()).isEqualTo(Decision.DROPPED);
            assertThat(language.reason()).isEqualTo("unknown-language-code");
        }

        @Test
        void leavesTheLearnersCodesOffTheRecord() {
            assertThat(decisions(Kind.CODE)).noneMatch(d -> d.subject().startsWith("urn:epass:person:") || d.subject().startsWith("urn:epass:identifier:"));
            assertThat(graph.contains(iri("urn:epass:person:1"), iri(ELM + "citizenshipCountry"),
                    iri("http://publications.europa.eu/resource/authority/country/POL"))).isTrue();
        }
    }
}
