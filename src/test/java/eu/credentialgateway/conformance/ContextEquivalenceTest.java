package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.jsonld.ContextDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway's own JSON-LD contexts (ontologies/context) mean exactly what the official ELM 3.2 and
 * W3C VC 1.1 contexts mean: every official sample credential gives isomorphic RDF with either pair, and
 * every term of the official contexts expands to the same triple with either pair.
 */
class ContextEquivalenceTest {
    /**
     * Official terms the gateway's context leaves out on purpose. The official context declares
     * {@code "clv": "http://data.europa.eu/m8g"} without the trailing slash; under JSON-LD 1.1 such a term
     * is no prefix, so {@code "clv:latitude"} expands to the IRI {@code <clv:latitude>} (1.0 processors
     * give {@code <http://data.europa.eu/m8glatitude>}); neither is the ontology's
     * {@code <http://data.europa.eu/m8g/latitude>}. Leaving the terms out makes a compactor write the full
     * IRI, which both contexts read the same way.
     */
    static final Set<String> LEFT_OUT = Set.of("clv", "latitude", "longitude");

    private static Path shared;
    private static ContextDocuments ours;
    private static ContextDocuments official;

    @BeforeAll
    static void loadContexts() {
        ours = ContextDocuments.fromHome(Path.of(System.getProperty("user.dir")));
        shared = OfficialElm.sharedOrSkip();
        official = OfficialElm.officialContexts(shared);
    }

    static Stream<Path> officialSamples() throws IOException {
        Path samples = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/edc/samples").normalize();
        if (!Files.isDirectory(samples)) {
            return Stream.of(samples.resolve("absent"));
        }
        try (Stream<Path> files = Files.list(samples.resolve("elm-v3-jsonld"))) {
            List<Path> list = new ArrayList<>(files.filter(f -> f.toString().endsWith(".jsonld")).sorted().toList());
            list.add(samples.resolve("elm-v3-model/credential-sample.jsonld"));
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialSamples")
    void sampleGivesIsomorphicRdfWithOursAndOfficialContexts(Path sample) throws IOException {
        JsonObject credential = JsonLdRdf.withGatewayContexts(JsonLdRdf.credential(sample));

        DatasetGraph withOurs = JsonLdRdf.toRdf(credential, ours);
        DatasetGraph withOfficial = JsonLdRdf.toRdf(credential, official);

        assertThat(withOfficial.getDefaultGraph().size()).as("triples with the official contexts").isGreaterThan(50);
        assertThat(IsoMatcher.isomorphic(withOurs, withOfficial))
                .as("RDF of %s with our contexts vs the official ones", sample.getFileName())
                .isTrue();
    }

    @Nested
    class EveryOfficialTerm {
        @Test
        void ofTheEdcApplicationProfileExpandsAsOfficially() {
            JsonObject terms = officialContext("edc-ap-context.jsonld");
            List<String> differing = new ArrayList<>();
            terms.forEach((term, definition) -> {
                if (!LEFT_OUT.contains(term) && !isPrefix(definition)) {
                    compare(probe(null, term, definition), term, differing);
                }
            });
            assertThat(differing).as("terms whose expansion differs").isEmpty();
            assertThat(terms.size() - LEFT_OUT.size()).isGreaterThan(200);
        }

        @Test
        void ofTheCredentialsV1ContextExpandsAsOfficially() {
            JsonObject top = officialContext("w3c-credentials-v1.jsonld");
            List<String> differing = new ArrayList<>();
            int[] probes = {0};
            top.forEach((term, definition) -> {
                if (term.startsWith("@") || isPrefix(definition)) {
                    return;
                }
                compare(probe(null, term, definition), term, differing);
                probes[0]++;
                for (Map.Entry<String, JsonValue> inner : scoped(definition).entrySet()) {
                    if (inner.getKey().startsWith("@") || isPrefix(inner.getValue())) {
                        continue;
                    }
                    compare(probe(term, inner.getKey(), inner.getValue()), term + "/" + inner.getKey(), differing);
                    probes[0]++;
                    for (Map.Entry<String, JsonValue> nested : scoped(inner.getValue()).entrySet()) {
                        if (!nested.getKey().startsWith("@") && !isPrefix(nested.getValue())) {
                            JsonObject node = probe(null, nested.getKey(), nested.getValue());
                            JsonObject outer = Json.createObjectBuilder(probe(term, inner.getKey(), JsonValue.NULL))
                                    .add(inner.getKey(), Json.createObjectBuilder(node).remove("@context")).build();
                            compare(outer, term + "/" + inner.getKey() + "/" + nested.getKey(), differing);
                            probes[0]++;
                        }
                    }
                }
            });
            assertThat(differing).as("terms whose expansion differs").isEmpty();
            assertThat(probes[0]).isGreaterThan(60);
        }

        @Test
        void officialClvTermsExpandToABrokenIriWhileTheFullIriMeansTheSameWithBoth() {
            JsonObject latitude = Json.createObjectBuilder(base(null)).add("latitude", "50.85").build();
            assertThat(JsonLdRdf.toRdf(latitude, official).getDefaultGraph().find().toList())
                    .singleElement().satisfies(t -> assertThat(t.getPredicate().getURI()).isEqualTo("clv:latitude"));
            assertThat(JsonLdRdf.toRdf(latitude, ours).getDefaultGraph().isEmpty()).isTrue();

            JsonObject fullIri = Json.createObjectBuilder(base(null))
                    .add("http://data.europa.eu/m8g/latitude", "50.85").build();
            assertThat(IsoMatcher.isomorphic(JsonLdRdf.toRdf(fullIri, ours), JsonLdRdf.toRdf(fullIri, official)))
                    .isTrue();
        }
    }

    private static void compare(JsonObject probe, String name, List<String> differing) {
        DatasetGraph withOurs = JsonLdRdf.toRdf(probe, ours);
        DatasetGraph withOfficial = JsonLdRdf.toRdf(probe, official);
        if (withOfficial.isEmpty() && withOfficial.getDefaultGraph().isEmpty()
                || !IsoMatcher.isomorphic(withOurs, withOfficial)) {
            differing.add(name + ": ours " + withOurs.getDefaultGraph().find().toList()
                    + " official " + withOfficial.getDefaultGraph().find().toList());
        }
    }

    /** A node using {@code term} once, with a value fitting its official definition (a class term becomes the type). */
    private static JsonObject probe(String type, String term, JsonValue definition) {
        JsonObjectBuilder node = Json.createObjectBuilder(base(type));
        if (definition == JsonValue.NULL) {
            return node.build();
        }
        if (definition instanceof JsonString id && Character.isUpperCase(term.charAt(0))) {
            return node.add("type", type == null ? Json.createArrayBuilder().add(term) : Json.createArrayBuilder()
                    .add(type).add(term)).build();
        }
        return node.add(term, valueFor(definition)).build();
    }

    private static JsonObject base(String type) {
        JsonObjectBuilder node = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder()
                        .add(ContextDocuments.CREDENTIALS_V1.toString()).add(ContextDocuments.EDC_AP.toString()))
                .add("id", "urn:probe:subject");
        if (type != null) {
            node.add("type", type);
        }
        return node.build();
    }

    private static JsonValue valueFor(JsonValue definition) {
        if (definition instanceof JsonObject def) {
            if ("@language".equals(def.getString("@container", ""))) {
                return Json.createObjectBuilder().add("en", "probe").add("fr", "sonde").build();
            }
            if ("@graph".equals(def.getString("@container", ""))) {
                return Json.createObjectBuilder().add("id", "urn:probe:proof").add("type", "Ed25519Signature2018")
                        .add("created", "2024-01-02T03:04:05Z").build();
            }
            String type = def.getString("@type", "");
            if (type.equals("@id") || type.equals("@vocab")) {
                return Json.createValue("urn:probe:object");
            }
            if (!type.isEmpty()) {
                return Json.createValue("2024-01-02T03:04:05Z");
            }
        }
        return Json.createValue("probe");
    }

    private static boolean isPrefix(JsonValue definition) {
        return definition instanceof JsonString s && (s.getString().endsWith("#") || s.getString().endsWith("/")
                || s.getString().startsWith("@"));
    }

    private static JsonObject scoped(JsonValue definition) {
        return definition instanceof JsonObject def && def.get("@context") instanceof JsonObject context
                ? context : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonObject officialContext(String file) {
        try {
            return JsonLdRdf.read(Files.readString(OfficialElm.edc(shared).resolve("context").resolve(file)))
                    .getJsonObject("@context");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
