package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;

/**
 * Issue #14 item 4 for the XML and CSV formats, through the gateway's real stages (prepare, check, map, align,
 * validate): the language a document declares (ELMO xml:lang, EDC 1.x lang / primaryLanguage, CSV name@lang columns)
 * is the credential's primary language, each text keeps its own language, a text without one is und (never en), and
 * the primary language is und only when the document declares none. Expected languages are read off the inputs by
 * hand (named in the cases), and each input's texts with and without a language by a DOM walk of the input.
 */
@GatewayTestContext
class DeclaredLanguagesTest {
    private static final String ELM = "http://data.europa.eu/snb/model/elm/";
    private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    private static final Path FORMATS = OfficialElm.shared().resolve("anchors/formats");
    private static final java.util.regex.Pattern VOCABULARIES =
            java.util.regex.Pattern.compile("http://(data\\.europa\\.eu/(snb|esco)/|publications\\.europa\\.eu/resource/authority/)");

    @Autowired
    RoutedConversion routes;

    Graph convert(String format, byte[] input) throws Exception {
        return routes.convert(format, input).graph();
    }

    @Nested
    class Elmo {
        /**
         * The official v1.0.0 example has 10 English and 4 Polish titles, the Polish first: a Polish transcript. The
         * pre-1.0 Finnish and Norwegian samples likewise give the institution's language first.
         */
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "emrex-elmo/schema/v1.0.0/example.xml, POL",
            "emrex-elmo/schema/v1.7.0/example.xml, POL",
            "emrex-elmo/samples/legacy-purl-ns/fi-ncp_Example-elmo-Finland.xml, FIN",
            "emrex-elmo/samples/legacy-purl-ns/emp-mockup_elmo_example.xml, NOR",
            "emrex-elmo/samples/se/fi-emrex_swedish_1_elmo1.0.xml, SWE",
            "emrex-elmo/samples/dk/dk-emrex_Example-elmo-Denmark.xml, ENG",
            "emrex-elmo/samples/dk/dk-emrex_Example-elmo-Denmark-nons.xml, UND"})
        void aSampleOfTheReferenceDataIsInTheLanguageItWritesFirst(String sample, String primary) throws Exception {
            assumeTrue(OfficialElm.available(), "../shared is absent: skipping the ELMO samples of the reference data");
            byte[] input = Files.readAllBytes(FORMATS.resolve(sample));
            Graph graph = convert("elmo", input);
            assertThat(primaryLanguages(graph)).containsExactly(LANGUAGE + primary);
            assertTextsKeepTheirLanguage(graph, Texts.of(input, List.of()));
        }

        @Test
        void aTestCaseIsGreekAndItsUntaggedTitleUndetermined() throws Exception {
            byte[] input = Files.readAllBytes(Path.of("test-data/elmo/multilingual-titles/input.xml"));
            Graph graph = convert("elmo", input);
            assertThat(primaryLanguages(graph)).containsExactly(LANGUAGE + "ELL");
            assertThat(tagsOf(graph, "Αρχαία ελληνική φιλοσοφία")).containsOnly("el");
            assertThat(tagsOf(graph, "Antike griechische Philosophie")).containsOnly("de");
            assertThat(tagsOf(graph, "Seminar XR-204")).isNotEmpty().containsOnly("und");
            assertTextsKeepTheirLanguage(graph, Texts.of(input, List.of()));
        }

        @Test
        void twoTitlesInOneLanguageAreJoinedNotRefused() throws Exception {
            String transcript = Files.readString(Path.of("test-data/elmo/v1-namespace/input.xml"));
            String twice = transcript.replace("<title xml:lang=\"en\">Introduction to logic</title>",
                    "<title>Logic I</title><title>Introduction to logic</title>");
            assertThat(twice).isNotEqualTo(transcript);

            RoutedConversion.Converted converted = routes.convert("elmo", twice.getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(tagsOf(converted.graph(), "Introduction to logic / Logic I")).containsOnly("und");
            assertThat(converted.notesOf(eu.credentialgateway.Step.MAP)).extracting(eu.credentialgateway.Finding::code)
                    .containsExactly("same-language-texts-joined");
        }

        @Test
        void aTranscriptDeclaringNoLanguageIsUndeterminedAndNothingOfItEnglish() throws Exception {
            byte[] input = withoutLanguages(Files.readAllBytes(Path.of("test-data/elmo/multilingual-titles/input.xml")), "xml:lang");
            Graph graph = convert("elmo", input);
            assertThat(primaryLanguages(graph)).containsExactly(LANGUAGE + "UND");
            Texts texts = Texts.of(input, List.of());
            assertThat(texts.tagged).isEmpty();
            assertTextsKeepTheirLanguage(graph, texts);
        }
    }

    @Nested
    class EdcXml {
        /** Every sample states primaryLanguage en; their French, Spanish, Estonian... texts keep their own tags. */
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "europass-edc-xml/samples/EDC_DiplomaSupplement_AA.xml",
            "europass-edc-xml/samples/credential-generic-profile-xsd_v1.2.xml",
            "edc-legacy-xml/samples/edci_credential-generic-profile-xsd_v1.0.xml"})
        void aSampleOfTheReferenceDataKeepsItsPrimaryLanguageAndEachTextsOwn(String sample) throws Exception {
            assumeTrue(OfficialElm.available(), "../shared is absent: skipping the EDC 1.x samples of the reference data");
            byte[] input = Files.readAllBytes(FORMATS.resolve(sample));
            Graph graph = convert("edc-xml", input);
            assertThat(primaryLanguages(graph)).containsExactly(LANGUAGE + "ENG");
            Texts texts = Texts.of(input, List.of("lang"));
            assertThat(texts.tagged).extracting(Text::language).contains("es");
            assertTextsKeepTheirLanguage(graph, texts);
        }

        @Test
        void primaryLanguageStatesTheLanguage() throws Exception {
            byte[] input = Files.readAllBytes(Path.of("test-data/edc-xml/diploma-supplement-like/input.xml"));
            Graph graph = convert("edc-xml", input);
            assertThat(primaryLanguages(graph)).containsExactly(LANGUAGE + "ITA");
            assertTextsKeepTheirLanguage(graph, Texts.of(input, List.of("lang")));
        }

        /** no-achievements has no primaryLanguage; its title is Polish first, then English. */
        @Test
        void withoutPrimaryLanguageTheFirstDeclaredIsTheLanguageAndPrimaryLanguageWinsOverIt() throws Exception {
            byte[] input = Files.readAllBytes(Path.of("test-data/edc-xml/no-achievements/input.xml"));
            Graph graph = convert("edc-xml", input);
            assertThat(primaryLanguages(graph)).containsExactly(LANGUAGE + "POL");
            assertThat(tagsOf(graph, "Zaświadczenie o ukończeniu kursu")).containsOnly("pl");
            assertThat(tagsOf(graph, "Certificate of Course Completion")).containsOnly("en");
            assertTextsKeepTheirLanguage(graph, Texts.of(input, List.of("lang")));

            String stated = new String(input, StandardCharsets.UTF_8).replaceFirst("(<europassCredential [^>]*>)", "$1<primaryLanguage>en</primaryLanguage>");
            assertThat(stated).contains("<primaryLanguage>en</primaryLanguage>");
            assertThat(primaryLanguages(convert("edc-xml", stated.getBytes(StandardCharsets.UTF_8)))).containsExactly(LANGUAGE + "ENG");
        }

        @Test
        void aCredentialDeclaringNoLanguageIsUndeterminedAndNothingOfItEnglish() throws Exception {
            byte[] stated = withoutLanguages(Files.readAllBytes(Path.of("test-data/edc-xml/learning-outcomes/input.xml")), "lang");
            String text = new String(stated, StandardCharsets.UTF_8);
            byte[] input = text.replaceAll("<primaryLanguage[^>]*>[^<]*</primaryLanguage>", "").getBytes(StandardCharsets.UTF_8);
            assertThat(text).contains("primaryLanguage");
            assertThat(new String(input, StandardCharsets.UTF_8)).doesNotContain("primaryLanguage");
            Graph graph = convert("edc-xml", input);
            assertThat(primaryLanguages(graph)).containsExactly(LANGUAGE + "UND");
            Texts texts = Texts.of(input, List.of("lang"));
            assertThat(texts.tagged).isEmpty();
            assertTextsKeepTheirLanguage(graph, texts);
        }
    }

    /** No CSV or XLSX credential sample is in the reference data (../shared): the cases are the template's own. */
    @Nested
    class Csv {
        /** Its language column is written TITLE@SV: the template's columns are matched ignoring case. */
        @Test
        void aTestCaseIsInItsOnlyLanguageSwedish() throws Exception {
            Graph graph = convert("csv", Files.readAllBytes(Path.of("test-data/csv/bom/input.csv")));
            assertThat(primaryLanguages(graph)).containsExactly(LANGUAGE + "SWE");
            assertThat(tagsOf(graph, "Grundkurs i hållbar skogsförvaltning")).containsOnly("sv");
            assertThat(tagsOf(graph, "Påhittade högskolan")).containsOnly("sv");
            assertThat(tagsOf(graph, "Påhittad")).containsOnly("und");
        }

        /** The template has no primary-language column: the author's column order says it. */
        @ParameterizedTest(name = "{0} first")
        @CsvSource({"fr, FRA", "en, ENG"})
        void theFirstFilledLanguageColumnOfTheHeaderIsThePrimaryLanguage(String first, String primary) throws Exception {
            String other = "fr".equals(first) ? "en" : "fr";
            String title = "fr".equals(first) ? "Urbanisme durable,Sustainable urban planning" : "Sustainable urban planning,Urbanisme durable";
            String csv = "givenNames,familyName,description@de,title@" + first + ",title@" + other
                    + ",awardingBodyName@fr,awardingBodyCountry,awardingDate\n"
                    + "Zoé,Dupont,," + title + ",Université Invente,FR,2025-07-04\n";
            Graph graph = convert("csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(primaryLanguages(graph)).containsExactly(LANGUAGE + primary);
            assertThat(tagsOf(graph, "Urbanisme durable")).containsOnly("fr");
            assertThat(tagsOf(graph, "Sustainable urban planning")).containsOnly("en");
            assertThat(tagsOf(graph, "Université Invente")).containsOnly("fr");
            assertThat(tagsOf(graph, "Zoé")).containsOnly("und");
            assertThat(tagsOf(graph, "Dupont")).containsOnly("und");
        }
    }

    // ---- helpers

    private static List<String> primaryLanguages(Graph graph) {
        return graph.find(Node.ANY, NodeFactory.createURI(ELM + "primaryLanguage"), Node.ANY).mapWith(t -> t.getObject().getURI()).toList();
    }

    /**
     * The language tags of the literals whose text (white space collapsed) is this, but for the labels of the official
     * vocabularies' concepts, which the map and align stages describe from their tables: a country's label "España"@gl,
     * the learning opportunity type "Course"@en are the vocabulary's texts, not the document's.
     */
    private static List<String> tagsOf(Graph graph, String text) {
        return graph.find().filterDrop(t -> t.getSubject().isURI() && VOCABULARIES.matcher(t.getSubject().getURI()).lookingAt())
                .mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && collapse(o.getLiteralLexicalForm()).equals(text))
                .mapWith(o -> o.getLiteralLanguage().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Every literal carrying a text of the input has that text's language: its declared one when it has one (in
     * whichever case the input writes it), und when it has none, never en. A text that is also written elsewhere
     * in another language (the same name in two languages) is judged by its declared occurrences only.
     */
    private static void assertTextsKeepTheirLanguage(Graph graph, Texts texts) {
        for (Text text : texts.tagged) {
            if (texts.untagged.contains(text.text)) {
                continue;
            }
            assertThat(tagsOf(graph, text.text)).as("the tags of \"%s\"", text.text)
                    .allSatisfy(tag -> assertThat(texts.languagesOf(text.text)).contains(tag));
        }
        for (String text : texts.untagged) {
            if (texts.languagesOf(text).isEmpty()) {
                assertThat(tagsOf(graph, text)).as("the tags of \"%s\", which has no language", text).doesNotContain("en")
                        .allSatisfy(tag -> assertThat(tag).isIn("und", ""));
            }
        }
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * The document without its language attributes and, since ELM holds one text per language, without the
     * translations: of sibling texts of one name that declared a language, the first is kept.
     */
    private static byte[] withoutLanguages(byte[] xml, String attribute) throws Exception {
        Element root = parse(xml);
        dropTranslations(root, attribute);
        String text = serialise(root).replaceAll("\\s" + attribute + "=\"[^\"]*\"", "");
        assertThat(text).doesNotContain(" " + attribute + "=").contains("</");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void dropTranslations(Element element, String attribute) {
        List<String> translated = new ArrayList<>();
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; ) {
            org.w3c.dom.Node next = child.getNextSibling();
            if (child instanceof Element e) {
                if (!e.getAttribute(attribute).isEmpty() && translated.contains(e.getLocalName())) {
                    element.removeChild(e);
                } else {
                    if (!e.getAttribute(attribute).isEmpty()) {
                        translated.add(e.getLocalName());
                    }
                    dropTranslations(e, attribute);
                }
            }
            child = next;
        }
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static String serialise(Element root) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(new javax.xml.transform.dom.DOMSource(root.getOwnerDocument()), new javax.xml.transform.stream.StreamResult(out));
        return out.toString();
    }

    record Text(String text, String language) {
    }

    /** The input's leaf texts with the language they declare (xml:lang or a language attribute, own or inherited) and those with none. */
    record Texts(List<Text> tagged, List<String> untagged) {
        static Texts of(byte[] xml, List<String> languageAttributes) throws Exception {
            Element root = parse(xml);
            Texts texts = new Texts(new ArrayList<>(), new ArrayList<>());
            texts.walk(root, null, languageAttributes);
            return texts;
        }

        /**
         * ELMO's own English tokens (its schema's enumerations): the four learning opportunity types, which the mapping
         * turns into a type concept and an English category, and attachment types (docs/adapters.md, section 2a).
         */
        private static boolean elmoEnumeration(Element element) {
            String parent = element.getParentNode().getLocalName();
            return "type".equals(element.getLocalName()) && ("attachment".equals(parent) || "learningOpportunitySpecification".equals(parent)
                    && List.of("degree programme", "module", "course", "class").contains(collapse(element.getTextContent()).toLowerCase(Locale.ROOT)));
        }

        private void walk(Element element, String inherited, List<String> languageAttributes) {
            String lang = inherited;
            String own = element.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            if (!own.isBlank()) {
                lang = own.strip();
            } else {
                for (String attribute : languageAttributes) {
                    if (!element.getAttributeNS(null, attribute).isBlank()) {
                        lang = element.getAttributeNS(null, attribute).strip();
                        break;
                    }
                }
            }
            boolean leaf = true;
            for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e) {
                    leaf = false;
                    walk(e, lang, languageAttributes);
                }
            }
            String text = collapse(element.getTextContent());
            if (leaf && !text.isEmpty() && !elmoEnumeration(element)) {
                if (lang == null) {
                    untagged.add(text);
                } else {
                    tagged.add(new Text(text, lang.toLowerCase(Locale.ROOT)));
                }
            }
        }

        List<String> languagesOf(String text) {
            return tagged.stream().filter(t -> t.text.equals(text)).map(Text::language).toList();
        }
    }
}
