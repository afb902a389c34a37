package eu.credentialgateway.align;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlignStageTest {
    private static final String ELM = "http://data.europa.eu/snb/model/elm/";
    private static final Node EQF_LEVEL = NodeFactory.createURI(ELM + "EQFLevel");
    private static final Node NQF_LEVEL = NodeFactory.createURI(ELM + "NQFLevel");
    private static final Node EDUCATION_LEVEL = NodeFactory.createURI(ELM + "educationLevel");
    private static final String EQF = "http://data.europa.eu/snb/eqf/";
    private static final String QDR_SCHEME = "http://data.europa.eu/snb/qdr/25831c2";
    private static final Node ISCED = NodeFactory.createURI(ELM + "ISCEDFCode");
    private static final Node COUNTRY = NodeFactory.createURI(ELM + "countryCode");
    private static final Node LANGUAGE = NodeFactory.createURI("http://purl.org/dc/terms/language");
    private static final Node SUBJECT = NodeFactory.createURI("urn:epass:thing:1");

    private static AlignStage stage;

    @BeforeAll
    static void loadTables() throws IOException {
        stage = new AlignStage(VocabularyTables.load(Path.of("ontologies", "vocab")));
    }

    @Nested
    class OnTheSampleCredentialFragment {
        @Test
        void replacesEveryKnownPlaceholderAndLabelsTheConcepts() throws Exception {
            Graph g = parse("placeholders.ttl");
            Exchange ex = run(g);

            assertThat(objects(g, "urn:epass:qualification:1", EQF_LEVEL)).containsExactly("http://data.europa.eu/snb/eqf/6");
            assertConcept(g, "http://data.europa.eu/snb/eqf/6", "http://data.europa.eu/snb/eqf/25831c2", "Level 6");
            assertThat(objects(g, "urn:epass:qualification:1", ISCED)).containsExactlyInAnyOrder(
                    "http://data.europa.eu/snb/isced-f/0511", "http://data.europa.eu/snb/isced-f/061");
            assertConcept(g, "http://data.europa.eu/snb/isced-f/0511", "http://data.europa.eu/snb/isced-f/25831c2", "Biology");
            assertThat(objects(g, "urn:epass:qualification:1", LANGUAGE))
                    .containsExactly("http://publications.europa.eu/resource/authority/language/ENG");
            assertConcept(g, "http://publications.europa.eu/resource/authority/language/ENG",
                    "http://publications.europa.eu/resource/authority/language", "English");
            assertThat(objects(g, "urn:epass:learningOpportunity:1", LANGUAGE)).containsExactlyInAnyOrder(
                    "http://publications.europa.eu/resource/authority/language/POL",
                    "http://publications.europa.eu/resource/authority/language/DEU");
            assertConcept(g, "http://publications.europa.eu/resource/authority/language/DEU",
                    "http://publications.europa.eu/resource/authority/language", "German");
            assertThat(objects(g, "urn:epass:address:1", COUNTRY))
                    .containsExactly("http://publications.europa.eu/resource/authority/country/POL");
            assertConcept(g, "http://publications.europa.eu/resource/authority/country/POL",
                    "http://publications.europa.eu/resource/authority/country", "Poland");
            assertConcept(g, "http://data.europa.eu/snb/credential/e34929035b", "http://data.europa.eu/snb/credential/25831c2", "Generic");
            assertThat(g.find(Node.ANY, Node.ANY, Node.ANY).toList())
                    .noneMatch(t -> t.getObject().isURI() && t.getObject().getURI().startsWith("urn:x-gateway:code:"));
            assertThat(codes(ex)).containsExactlyInAnyOrder("unknown-country-code", "unknown-eqf-code", "unknown-isced-f-code");
        }

        @Test
        void dropsUnknownCodesAndSaysWhereWithoutQuotingTheValue() throws Exception {
            Graph g = parse("placeholders.ttl");
            List<Finding> notes = notes(run(g));

            assertThat(objects(g, "urn:epass:address:2", COUNTRY)).isEmpty();
            assertThat(objects(g, "urn:epass:qualification:2", EQF_LEVEL)).isEmpty();
            assertThat(objects(g, "urn:epass:qualification:2", ISCED)).isEmpty();
            assertThat(notes).allMatch(f -> f.stage() == Stage.ALIGN)
                    .contains(new Finding(Stage.ALIGN, "unknown-country-code", notes.stream()
                            .filter(f -> f.code().equals("unknown-country-code")).findFirst().orElseThrow().message(),
                            "urn:epass:address:2 " + ELM + "countryCode"));
            assertThat(notes).extracting(Finding::message).noneMatch(m -> m.contains("XX") || m.contains("0577"));
        }
    }

    @Nested
    class Eqf {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"6", "EQF6", "eqf-6", "level%206", "EQF%20level%206"})
        void becomesTheEqfLevelConcept(String value) throws Exception {
            Graph g = oneStatement(EQF_LEVEL, "eqf", value);
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), EQF_LEVEL)).containsExactly("http://data.europa.eu/snb/eqf/6");
            assertConcept(g, "http://data.europa.eu/snb/eqf/6", "http://data.europa.eu/snb/eqf/25831c2", "Level 6");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"9", "0", "EQF9", "level%200", "10"})
        void aLevelOutsideOneToEightIsDroppedWithAWarning(String value) throws Exception {
            Graph g = oneStatement(EQF_LEVEL, "eqf", value);
            assertThat(codes(run(g))).containsExactly("unknown-eqf-code");
            assertThat(g.isEmpty()).isTrue();
        }

        @Test
        void anOfficialIriOutsideTheTableIsDroppedWithAWarning() throws Exception {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(SUBJECT, EQF_LEVEL, NodeFactory.createURI("http://data.europa.eu/snb/eqf/9"));
            assertThat(codes(run(g))).containsExactly("unknown-eqf-code");
            assertThat(g.isEmpty()).isTrue();
        }
    }

    @Nested
    class IscedF {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"05", "051", "0511", "0688", "10"})
        void becomesTheFieldConceptAtEachLevel(String value) throws Exception {
            Graph g = oneStatement(ISCED, "isced-f", value);
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), ISCED)).containsExactly("http://data.europa.eu/snb/isced-f/" + value);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Computer use", "computer%20use", "  COMPUTER   USE ", "Computernutzung", "Utilisation d'un ordinateur",
            "UTILISATION%20D%E2%80%99UN%20ORDINATEUR", "Uso de computadores", "Uso del computer", "Computergebruik",
            "Obsługa i użytkowanie komputerów", "Obsluga i uzytkowanie komputerow", "0611 Computer use", "0611 - Computernutzung"})
        void aFieldNameInAnyLanguageOfTheTableBecomesItsConcept(String value) throws Exception {
            Graph g = oneStatement(ISCED, "isced-f", value.replace(" ", "%20"));
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), ISCED)).containsExactly("http://data.europa.eu/snb/isced-f/0611");
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @org.junit.jupiter.params.provider.CsvSource({
            "Tecnologías de la información y la comunicación (TIC), 061",
            "Tecnologias de la informacion y la comunicacion, 061",
            "Informations- und Kommunikationstechnologien, 061",
            "0613 Software and applications development and analysis, 0613",
            "Développement et analyse de logiciels et d’applications, 0613",
            "Education, 011", "Forestry, 0821", "Technologie informacyjno-komunikacyjne (ICT), 061"})
        void namesInSeveralLanguagesFindTheirField(String value, String code) throws Exception {
            Graph g = oneStatement(ISCED, "isced-f", java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), ISCED)).containsExactly("http://data.europa.eu/snb/isced-f/" + code);
        }

        @Test
        void aNameSeveralBranchesShareIsDroppedAsAmbiguous() throws Exception {
            Graph g = oneStatement(ISCED, "isced-f", "Artes%20y%20humanidades%20sin%20mayor%20definici%C3%B3n");
            List<Finding> notes = notes(run(g));
            assertThat(notes).extracting(Finding::code).containsExactly("ambiguous-isced-f-label");
            assertThat(notes.get(0).message()).doesNotContain("Artes");
            assertThat(g.isEmpty()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Informatik", "Informatique", "0577 Software", "Computer"})
        void aNameNoLabelEqualsIsUnknown(String value) throws Exception {
            Graph g = oneStatement(ISCED, "isced-f", value.replace(" ", "%20"));
            assertThat(codes(run(g))).containsExactly("unknown-isced-f-code");
        }

        @Test
        void hasLabelsInTheLanguagesTheSourceGives() throws Exception {
            Graph g = oneStatement(ISCED, "isced-f", "0511");
            run(g);
            Set<String> langs = g.find(NodeFactory.createURI("http://data.europa.eu/snb/isced-f/0511"), SKOS.prefLabel.asNode(), Node.ANY)
                    .mapWith(t -> t.getObject().getLiteralLanguage()).toSet();
            assertThat(langs).contains("en", "de", "fr", "pl");
        }
    }

    @Nested
    class Country {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"PL", "pl", "pol", "POL", " Pl "})
        void becomesPoland(String value) throws Exception {
            Graph g = oneStatement(COUNTRY, "country", value.replace(" ", "%20"));
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), COUNTRY)).containsExactly("http://publications.europa.eu/resource/authority/country/POL");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"DE", "de", "DEU", "deu"})
        void knowsIsoAlpha2AndAlpha3(String value) throws Exception {
            Graph g = oneStatement(COUNTRY, "country", value);
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), COUNTRY)).containsExactly("http://publications.europa.eu/resource/authority/country/DEU");
            assertConcept(g, "http://publications.europa.eu/resource/authority/country/DEU",
                    "http://publications.europa.eu/resource/authority/country", "Germany");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"GB", "UK", "gbr"})
        void knowsTheUnitedKingdomByItsIsoAndEuCodes(String value) throws Exception {
            Graph g = oneStatement(COUNTRY, "country", value);
            run(g);
            assertThat(objects(g, SUBJECT.getURI(), COUNTRY)).containsExactly("http://publications.europa.eu/resource/authority/country/GBR");
        }
    }

    @Nested
    class Language {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"en", "EN", "eng", "en-GB", "en_gb", "en-Latn-GB"})
        void becomesEnglish(String value) throws Exception {
            Graph g = oneStatement(LANGUAGE, "language", value);
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), LANGUAGE))
                    .containsExactly("http://publications.europa.eu/resource/authority/language/ENG");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"de", "deu", "ger", "de-AT"})
        void knowsBibliographicAndTerminologyCodes(String value) throws Exception {
            Graph g = oneStatement(LANGUAGE, "language", value);
            run(g);
            assertThat(objects(g, SUBJECT.getURI(), LANGUAGE))
                    .containsExactly("http://publications.europa.eu/resource/authority/language/DEU");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"fr", "fra", "fre", "FRE", "fr-BE"})
        void knowsIso6391And6392BibliographicAndTerminology(String value) throws Exception {
            Graph g = oneStatement(LANGUAGE, "language", value);
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), LANGUAGE))
                    .containsExactly("http://publications.europa.eu/resource/authority/language/FRA");
            assertConcept(g, "http://publications.europa.eu/resource/authority/language/FRA",
                    "http://publications.europa.eu/resource/authority/language", "French");
        }

        @Test
        void anUnknownLanguageIsDroppedWithAWarning() throws Exception {
            Graph g = oneStatement(LANGUAGE, "language", "qq");
            assertThat(codes(run(g))).containsExactly("unknown-language-code");
            assertThat(g.isEmpty()).isTrue();
        }
    }

    @Nested
    class NationalFrameworkLevels {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"DE-DQR:6", "DQR%206", "dqr%20level%206", "DE-DQR:Niveau%206"})
        void becomeTheQdrConceptAndAddTheEqfLevelOfAQualification(String value) throws Exception {
            Graph g = oneStatement(NQF_LEVEL, "nqf", value);
            assertThat(notes(run(g))).isEmpty();
            String dqr6 = objects(g, SUBJECT.getURI(), NQF_LEVEL).get(0);
            assertConcept(g, dqr6, QDR_SCHEME, "DQR Level 6");
            assertThat(objects(g, SUBJECT.getURI(), EQF_LEVEL)).containsExactly(EQF + "6");
            assertConcept(g, EQF + "6", "http://data.europa.eu/snb/eqf/25831c2", "Level 6");
        }

        @Test
        void onAnEducationLevelAddTheEqfLevelAsAnotherEducationLevel() throws Exception {
            Graph g = oneStatement(EDUCATION_LEVEL, "nqf", "IE-NFQ:8");
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), EDUCATION_LEVEL)).hasSize(2).contains(EQF + "6");
            assertThat(g.contains(Node.ANY, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("IE NQF Level 8", "en"))).isTrue();
        }

        @Test
        void aQdrIriGivenAsSuchAlsoGetsItsEqfLevel() throws Exception {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(SUBJECT, NQF_LEVEL, NodeFactory.createURI("http://data.europa.eu/snb/qdr/c_c392e7a2"));
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), EQF_LEVEL)).containsExactly(EQF + "6");
            assertConcept(g, "http://data.europa.eu/snb/qdr/c_c392e7a2", QDR_SCHEME, "RQF Level 6");
        }

        @Test
        void anEqfLevelGivenThatAgreesStaysAlone() throws Exception {
            Graph g = oneStatement(NQF_LEVEL, "nqf", "UK-SCQF:10");
            g.add(SUBJECT, EQF_LEVEL, NodeFactory.createURI("urn:x-gateway:code:eqf:6"));
            assertThat(notes(run(g))).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), EQF_LEVEL)).containsExactly(EQF + "6");
        }

        @Test
        void anEqfLevelGivenThatContradictsTheTableIsKeptWithAWarning() throws Exception {
            Graph g = oneStatement(NQF_LEVEL, "nqf", "IE-NFQ:7");
            g.add(SUBJECT, EQF_LEVEL, NodeFactory.createURI(EQF + "7"));
            List<Finding> notes = notes(run(g));
            assertThat(notes).extracting(Finding::code).containsExactly("eqf-nqf-mismatch");
            assertThat(notes.get(0).location()).isEqualTo(SUBJECT.getURI() + " " + ELM + "EQFLevel");
            assertThat(objects(g, SUBJECT.getURI(), EQF_LEVEL)).containsExactly(EQF + "7");
        }

        @Test
        void anInvalidEqfLevelGivenIsDroppedAndTheNationalOnesIsUsed() throws Exception {
            Graph g = oneStatement(NQF_LEVEL, "nqf", "PL-PRK:5");
            g.add(SUBJECT, EQF_LEVEL, NodeFactory.createURI("urn:x-gateway:code:eqf:9"));
            assertThat(codes(run(g))).containsExactly("unknown-eqf-code");
            assertThat(objects(g, SUBJECT.getURI(), EQF_LEVEL)).containsExactly(EQF + "5");
        }

        @Test
        void theDutchEntryLevelHasNoEqfLevel() throws Exception {
            Graph g = oneStatement(NQF_LEVEL, "nqf", "NLQF%20instapniveau");
            assertThat(notes(run(g))).isEmpty();
            assertConcept(g, objects(g, SUBJECT.getURI(), NQF_LEVEL).get(0), QDR_SCHEME, "NLQF Entry Level");
            assertThat(objects(g, SUBJECT.getURI(), EQF_LEVEL)).isEmpty();
        }

        @Test
        void aLevelTheQdrListLacksIsLeftOutButGivesItsEqfLevel() throws Exception {
            Graph g = oneStatement(NQF_LEVEL, "nqf", "FR-CNCP:6");
            assertThat(codes(run(g))).containsExactly("nqf-level-without-qdr-concept");
            assertThat(objects(g, SUBJECT.getURI(), NQF_LEVEL)).isEmpty();
            assertThat(objects(g, SUBJECT.getURI(), EQF_LEVEL)).containsExactly(EQF + "6");
        }

        @Test
        void nationalLevelsWithDifferentEqfLevelsAddNone() throws Exception {
            Graph g = oneStatement(NQF_LEVEL, "nqf", "DE-DQR:6");
            g.add(SUBJECT, NQF_LEVEL, NodeFactory.createURI("urn:x-gateway:code:nqf:UK-RQF:3"));
            assertThat(codes(run(g))).containsExactly("eqf-nqf-mismatch");
            assertThat(objects(g, SUBJECT.getURI(), EQF_LEVEL)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"DE-DQR:9", "XX:1", "6", "level%206"})
        void anUnknownLevelIsDroppedWithAWarning(String value) throws Exception {
            Graph g = oneStatement(NQF_LEVEL, "nqf", value);
            List<Finding> notes = notes(run(g));
            assertThat(notes).extracting(Finding::code).containsExactly("unknown-nqf-code");
            assertThat(notes.get(0).message()).doesNotContain("DE-DQR", "XX");
            assertThat(g.isEmpty()).isTrue();
        }
    }

    @Nested
    class Labelling {
        @Test
        void keepsALabelTheGraphAlreadyHas() throws Exception {
            Graph g = GraphFactory.createDefaultGraph();
            Node eqf4 = NodeFactory.createURI("http://data.europa.eu/snb/eqf/4");
            g.add(SUBJECT, EQF_LEVEL, eqf4);
            g.add(eqf4, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Niveau 4", "fr"));
            run(g);
            assertThat(g.find(eqf4, SKOS.prefLabel.asNode(), Node.ANY).toList()).hasSize(1);
            assertThat(g.contains(eqf4, SKOS.inScheme.asNode(), NodeFactory.createURI("http://data.europa.eu/snb/eqf/25831c2"))).isTrue();
        }

        @Test
        void addsToTheNotesAlreadyThere() throws Exception {
            Exchange ex = new DefaultExchange(new DefaultCamelContext());
            Finding earlier = new Finding(Stage.MAP, "earlier", "from map", "");
            ex.setProperty(GatewayHeaders.NOTES, List.of(earlier));
            ex.getMessage().setBody(oneStatement(COUNTRY, "country", "ZZZ"));
            stage.process(ex);
            assertThat(notes(ex)).extracting(Finding::code).containsExactly("earlier", "unknown-country-code");
        }

        @Test
        void leavesOtherIrisAndLiteralsAlone() throws Exception {
            Graph g = GraphFactory.createDefaultGraph();
            Node other = NodeFactory.createURI("https://example.org/x");
            g.add(SUBJECT, RDF.type.asNode(), other);
            g.add(SUBJECT, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("PL"));
            run(g);
            assertThat(g.size()).isEqualTo(2);
        }
    }

    @Test
    void defaultTablesFolderIsUnderGatewayHome() {
        assertThat(new AlignProperties(null).vocabDirUnder("/opt/gw")).isEqualTo(Path.of("/opt/gw/ontologies/vocab"));
        assertThat(new AlignProperties(Path.of("/v")).vocabDirUnder("/opt/gw")).isEqualTo(Path.of("/v"));
    }

    static Graph oneStatement(Node predicate, String scheme, String value) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(SUBJECT, predicate, NodeFactory.createURI("urn:x-gateway:code:" + scheme + ":" + value));
        return g;
    }

    static Graph parse(String resource) throws IOException {
        try (InputStream in = AlignStageTest.class.getResourceAsStream(resource)) {
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        }
    }

    static Exchange run(Graph g) throws Exception {
        Exchange ex = new DefaultExchange(new DefaultCamelContext());
        ex.getMessage().setBody(g);
        stage.process(ex);
        return ex;
    }

    @SuppressWarnings("unchecked")
    static List<Finding> notes(Exchange ex) {
        List<Finding> notes = ex.getProperty(GatewayHeaders.NOTES, List.class);
        return notes == null ? List.of() : new ArrayList<>(notes);
    }

    static List<String> codes(Exchange ex) {
        return notes(ex).stream().map(Finding::code).collect(Collectors.toList());
    }

    static List<String> objects(Graph g, String subject, Node predicate) {
        return g.find(NodeFactory.createURI(subject), predicate, Node.ANY).mapWith(t -> t.getObject().getURI()).toList();
    }

    static void assertConcept(Graph g, String iri, String scheme, String englishLabel) {
        Node c = NodeFactory.createURI(iri);
        Node s = NodeFactory.createURI(scheme);
        assertThat(g.contains(c, RDF.type.asNode(), SKOS.Concept.asNode())).as(iri + " a skos:Concept").isTrue();
        assertThat(g.contains(c, SKOS.inScheme.asNode(), s)).as(iri + " in " + scheme).isTrue();
        assertThat(g.contains(s, RDF.type.asNode(), SKOS.ConceptScheme.asNode())).as(scheme + " a skos:ConceptScheme").isTrue();
        assertThat(g.contains(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(englishLabel, "en")))
                .as(iri + " labelled " + englishLabel).isTrue();
    }
}
