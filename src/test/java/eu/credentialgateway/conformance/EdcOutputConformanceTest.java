package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.credentialgateway.ContextDocuments;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.serialise.JsonLdToRdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the gateway ships, checked against the official ELM 3.2 artefacts: every credential it makes
 * from the ELMO samples of the reference data (but the one with elided attachments, refused) and from every adapter's positive test cases, with the REAL stages
 * (the gateway's own tables, shapes and contexts),
 * <ul>
 *   <li>passes the official shapes EDC-generic-no-cv + EDC-generic-full + EDC-converted;</li>
 *   <li>means the same RDF graph whether its JSON-LD is expanded with the official contexts or with the
 *       gateway's own, and that graph is the one the gateway validated.</li>
 * </ul>
 */
@GatewayTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdcOutputConformanceTest {
    private static final GatewayStages GATEWAY = new GatewayStages();
    private static final String NOT_WELL_FORMED = "fi-emrex_Example-elmo-sweden-1.0-small.xml";
    /** Its attachments are elided ("iiNhz6QfDnnDybjHLBF2..."): not base64, refused by the sanity step (issue #13). */
    private static final String ELIDED_ATTACHMENT = "pl/fi-emrex_elmo-1.0-example.xml";

    @Autowired
    AdapterPipeline pipeline;

    /** The ELMO samples of ../shared, and every positive case of every adapter (format/path). */
    static Stream<String> inputs() throws IOException {
        Path shared = Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
        Path samples = shared.resolve("anchors/formats/emrex-elmo/samples");
        if (!Files.isDirectory(samples)) {
            return Stream.of("(../shared is absent)");
        }
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(samples)) {
            files.filter(p -> p.toString().endsWith(".xml")).filter(p -> !p.endsWith(NOT_WELL_FORMED))
                    .filter(p -> !p.endsWith(ELIDED_ATTACHMENT)).sorted()
                    .forEach(p -> inputs.add("elmo:" + p));
        }
        AdapterCasesTest.everyCase().filter(c -> !Files.exists(c.folder().resolve("expected-errors.json")))
                .forEach(c -> inputs.add(c.format() + ":" + c.folder()));
        return inputs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void passesTheOfficialShapesAndMeansTheSameWithTheOfficialContexts(String input) throws Exception {
        Path shared = OfficialElm.sharedOrSkip();
        String format = input.substring(0, input.indexOf(':'));
        Path file = Path.of(input.substring(format.length() + 1));
        byte[] bytes = Files.readAllBytes(Files.isDirectory(file) ? AdapterCasesTest.input(file) : file);
        GatewayStages.Converted credential = GATEWAY.finish(pipeline.run(format, bytes));

        Graph withOfficialContexts = JsonLdToRdf.read(credential.json(), OfficialElm.officialContexts(shared));
        Graph withOwnContexts = JsonLdToRdf.read(credential.json(), ContextDocuments.fromHome(Path.of(".")));
        assertThat(withOfficialContexts.isIsomorphicWith(withOwnContexts))
                .as("same graph with the official and the own contexts").isTrue();
        assertThat(withOwnContexts.isIsomorphicWith(credential.graph()))
                .as("the JSON-LD means the graph that was validated").isTrue();

        ValidationReport report = OfficialElm.validate(withOfficialContexts, shared, OfficialElm.CONVERTED);
        assertThat(report.conforms()).as(() -> describe(report)).isTrue();
    }

    @Test
    void theSampleWhoseAttachmentIsElidedIsRefusedAsInvalidBinaryNotSealed() throws Exception {
        Path shared = OfficialElm.sharedOrSkip();
        byte[] bytes = Files.readAllBytes(shared.resolve("anchors/formats/emrex-elmo/samples").resolve(ELIDED_ATTACHMENT));
        GatewayException refused = assertThrows(GatewayException.class, () -> pipeline.run("elmo", bytes));
        assertThat(refused.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.code()).isEqualTo("invalid-binary");
            assertThat(f.location()).startsWith("urn:epass:mediaObject:").endsWith(" elm:content");
        });
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().limit(20)
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }
}
