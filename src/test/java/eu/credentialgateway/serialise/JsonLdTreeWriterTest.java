package eu.credentialgateway.serialise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer's output must mean exactly the graph it was given: official sample credentials are read
 * into graphs, written back, re-read, and compared by isomorphism (with the official contexts).
 */
class JsonLdTreeWriterTest {
    static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
    static final Path OFFICIAL_CONTEXTS = SHARED.resolve("anchors/edc/context");
    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    static final String EDC_AP = "http://data.europa.eu/snb/model/context/edc-ap";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> officialSamples() throws IOException {
        Path samples = SHARED.resolve("anchors/edc/samples/elm-v3-jsonld");
        if (!Files.isDirectory(samples)) {
            return Stream.of(Path.of("../shared is absent"));
        }
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-unsigned.jsonld")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialSamples")
    void writesOfficialSampleBackToTheSameGraph(Path sample) throws Exception {
        assumeTrue(Files.isDirectory(OFFICIAL_CONTEXTS), "../shared is absent: skipping the round trip on official samples");
        DocumentLoader loader = officialLoader();
        ObjectNode input = (ObjectNode) JSON.readTree(sample.toFile());
        ArrayNode context = JSON.createArrayNode().add(VC_V1).add(EDC_AP);
        input.set("@context", context);
        Graph original = JsonLdToRdf.read(JSON.writeValueAsString(input), loader);
        Node root = NodeFactory.createURI(input.get("id").asText());

        ContextTermTable table = ContextTermTable.of(List.of(
                JSON.readTree(OFFICIAL_CONTEXTS.resolve("w3c-credentials-v1.jsonld").toFile()),
                JSON.readTree(OFFICIAL_CONTEXTS.resolve("edc-ap-context.jsonld").toFile())));
        JsonNode written = new JsonLdTreeWriter(table).write(original, root, context);
        Graph reread = JsonLdToRdf.read(JSON.writeValueAsString(written), loader);

        assertThat(reread.size()).isEqualTo(original.size());
        assertThat(reread.isIsomorphicWith(original)).as("re-read graph is isomorphic to the original").isTrue();
        assertThat(written.get("type").toString()).contains("VerifiableCredential").contains("EuropeanDigitalCredential");
        assertThat(written.has("credentialSubject")).as("VC-scoped term used at the root").isTrue();
    }

    static DocumentLoader officialLoader() {
        Map<String, Path> documents = Map.of(
                VC_V1, OFFICIAL_CONTEXTS.resolve("w3c-credentials-v1.jsonld"),
                EDC_AP, OFFICIAL_CONTEXTS.resolve("edc-ap-context.jsonld"));
        return (url, options) -> {
            Path file = documents.get(url.toString());
            if (file == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not served offline: " + url);
            }
            try (var in = Files.newInputStream(file)) {
                return JsonDocument.of(in);
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
            }
        };
    }
}
