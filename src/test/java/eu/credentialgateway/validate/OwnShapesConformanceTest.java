package eu.credentialgateway.validate;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.Finding;
import eu.credentialgateway.conformance.OfficialElm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway's own shapes agree with the official ELM 3.2 EDC shapes: official samples that conform to
 * the official generic profile conform to ours, and deliberately broken credentials fail both.
 */
class OwnShapesConformanceTest {
    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final String CRED = "https://www.w3.org/2018/credentials#";
    static final String DC = "http://purl.org/dc/terms/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private static Path shared;
    private static Shapes ourGeneric;
    private static Shapes ourConverted;
    private static Shapes officialGeneric;
    private static Shapes officialConverted;

    @BeforeAll
    static void loadShapes() {
        Path folder = Path.of(System.getProperty("user.dir")).resolve("ontologies/shapes");
        ourConverted = ShapesCatalog.fromFolder(folder, List.of()).shapes();
        ourGeneric = ShapesCatalog.fromFolder(folder, List.of("edc-converted.ttl")).shapes();
        shared = OfficialElm.sharedOrSkip();
        officialGeneric = OfficialElm.officialShapes(shared);
        officialConverted = OfficialElm.officialShapes(shared, OfficialElm.CONVERTED);
    }

    /** The official samples that conform to the official generic shapes (see anchors/edc/SOURCES.md). */
    static Stream<String> conformingSamples() {
        return Stream.of("elm-v3-jsonld/Sample-CertOfPart-signed.jsonld", "elm-v3-jsonld/Sample-MC-Annex1-signed.jsonld",
                "elm-v3-model/credential-sample.jsonld", "elm-v3-model/credential-sample.ttl");
    }

    static Graph sample(String name) {
        Path file = OfficialElm.edc(shared).resolve("samples").resolve(name);
        Graph graph = GraphFactory.createDefaultGraph();
        if (name.endsWith(".ttl")) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(graph);
            return graph;
        }
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            jakarta.json.JsonObject object = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
            if (object.containsKey("payload")) {
                json = object.getString("payload");
            }
            // JSON-LD through the gateway's own offline contexts: never the network
            RDFParser.fromString(json, Lang.JSONLD11)
                    .context(org.apache.jena.sparql.util.Context.create().set(
                            org.apache.jena.riot.lang.LangJSONLD11.JSONLD_OPTIONS, options()))
                    .parse(graph);
            return graph;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.apicatalog.jsonld.JsonLdOptions options() {
        com.apicatalog.jsonld.JsonLdOptions options = new com.apicatalog.jsonld.JsonLdOptions();
        options.setDocumentLoader(ContextDocuments.fromHome(Path.of(System.getProperty("user.dir"))));
        return options;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformingSamples")
    void officialSampleConformingOfficiallyConformsToOurs(String name) {
        Graph credential = sample(name);
        assertThat(report(officialGeneric, credential).conforms()).as("official shapes on %s", name).isTrue();

        ValidationReport ours = report(ourGeneric, credential);
        assertThat(ShaclFindings.from(ours)).as("our findings on %s", name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformingSamples")
    void officialSampleWithEmbeddedEvidenceConformsToBothConvertedProfiles(String name) {
        Graph credential = sample(name);
        addEvidence(credential);
        ValidationReport official = report(officialConverted, credential);
        assertThat(official.conforms()).as("official converted on %s: %s", name, official.getEntries()).isTrue();
        assertThat(ShaclFindings.from(report(ourConverted, credential))).as("our converted findings").isEmpty();
    }

    @Nested
    class BrokenCredentialFailsBothOfficialAndOurs {
        @Test
        void withoutIssuer() {
            List<Finding> ours = failsBoth(g -> removeAll(g, CRED + "issuer"), false);
            assertThat(ours).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo("MinCountConstraintComponent");
                assertThat(f.location()).endsWith(" cred:issuer");
            });
        }

        @Test
        void withoutIssuedDate() {
            failsBoth(g -> removeAll(g, CRED + "issued"), false);
        }

        @Test
        void issuerWithoutEidasIdentifier() {
            failsBoth(g -> removeAll(g, ELM + "eidasLegalIdentifier"), false);
        }

        @Test
        void achievementTitleWithoutLanguageTag() {
            List<Finding> ours = failsBoth(g -> {
                Triple title = g.find(Node.ANY, uri(DC + "title"), Node.ANY).toList().stream()
                        .filter(t -> g.contains(t.getSubject(), RDF.type.asNode(), uri(ELM + "LearningAchievement")))
                        .findFirst().orElseThrow();
                g.delete(title);
                g.add(title.getSubject(), title.getPredicate(), NodeFactory.createLiteralString("Plain title 4711"));
            }, false);
            assertThat(ours).anySatisfy(f -> assertThat(f.code()).isEqualTo("DatatypeConstraintComponent"));
            assertThat(ours).allSatisfy(f -> assertThat(f.message() + f.location()).doesNotContain("4711"));
        }

        @Test
        void achievementWithoutAwardingProcess() {
            failsBoth(g -> removeAll(g, ELM + "awardedBy"), false);
        }

        @Test
        void learnerWithoutClaims() {
            failsBoth(g -> removeAll(g, ELM + "hasClaim"), false);
        }

        @Test
        void countryOutsideTheCountryTable() {
            failsBoth(g -> {
                Node country = uri("http://publications.europa.eu/resource/authority/country");
                Node other = uri("http://example.org/not-a-country-table");
                g.find(Node.ANY, uri(SKOS + "inScheme"), country).toList().forEach(t -> {
                    g.delete(t);
                    g.add(t.getSubject(), t.getPredicate(), other);
                });
                g.add(other, RDF.type.asNode(), uri(SKOS + "ConceptScheme"));
            }, false);
        }

        @Test
        void convertedWithoutEvidence() {
            List<Finding> ours = failsBoth(g -> removeAll(g, CRED + "evidence"), true);
            assertThat(ours).anySatisfy(f -> assertThat(f.location()).endsWith(" cred:evidence"));
        }

        @Test
        void convertedEvidenceWithoutEmbeddedDocument() {
            failsBoth(g -> {
                addEvidence(g);
                removeAll(g, ELM + "embeddedEvidence");
            }, true);
        }

        private List<Finding> failsBoth(Consumer<Graph> breakIt, boolean converted) {
            Graph credential = sample("elm-v3-jsonld/Sample-MC-Annex1-signed.jsonld");
            breakIt.accept(credential);
            assertThat(report(converted ? officialConverted : officialGeneric, credential).conforms())
                    .as("official shapes reject it").isFalse();
            ValidationReport ours = report(converted ? ourConverted : ourGeneric, credential);
            assertThat(ours.conforms()).as("our shapes reject it").isFalse();
            return ShaclFindings.from(ours);
        }
    }

    /**
     * Adds what a converted credential carries: Evidence with an evidence type and an embedded MediaObject
     * (the samples' own Evidence nodes get the embedded MediaObject too).
     */
    static void addEvidence(Graph g) {
        Node embedded = uri("urn:test:evidence-media");
        g.find(Node.ANY, RDF.type.asNode(), uri(ELM + "Evidence")).toList()
                .forEach(t -> g.add(t.getSubject(), uri(ELM + "embeddedEvidence"), embedded));
        Node credential = g.find(Node.ANY, RDF.type.asNode(), uri(ELM + "EuropeanDigitalCredential")).next().getSubject();
        Node evidence = uri("urn:test:evidence");
        Node media = uri("urn:test:evidence-media");
        Node type = uri("http://data.europa.eu/snb/evidence-type/test");
        Node typeScheme = uri("http://data.europa.eu/snb/evidence-type/25831c2");
        Node concept = uri(SKOS + "Concept");
        g.add(credential, uri(CRED + "evidence"), evidence);
        g.add(evidence, RDF.type.asNode(), uri(ELM + "Evidence"));
        g.add(evidence, uri(DC + "type"), type);
        g.add(type, RDF.type.asNode(), concept);
        g.add(type, uri(SKOS + "inScheme"), typeScheme);
        g.add(typeScheme, RDF.type.asNode(), uri(SKOS + "ConceptScheme"));
        g.add(evidence, uri(ELM + "embeddedEvidence"), media);
        g.add(media, RDF.type.asNode(), uri(ELM + "MediaObject"));
        g.add(media, uri(ELM + "content"), NodeFactory.createLiteralString("PGVsbW8vPg=="));
        Node fileType = uri("http://publications.europa.eu/resource/authority/file-type/XML");
        Node encoding = uri("http://data.europa.eu/snb/encoding/6146cde7dd");
        g.add(media, uri(ELM + "contentType"), fileType);
        g.add(media, uri(ELM + "contentEncoding"), encoding);
        g.add(fileType, RDF.type.asNode(), concept);
        g.add(encoding, RDF.type.asNode(), concept);
    }

    static void removeAll(Graph g, String property) {
        g.find(Node.ANY, uri(property), Node.ANY).toList().forEach(g::delete);
    }

    static ValidationReport report(Shapes shapes, Graph graph) {
        return ShaclValidator.get().validate(shapes, graph);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
