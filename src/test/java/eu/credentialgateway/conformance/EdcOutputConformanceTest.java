package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.jsonld.ContextDocuments;
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
 * from the ELMO samples of the reference data and the official ELMO examples (v1.0.0, v1.7.0) and from every adapter's positive test cases, through the REAL routes
 * (routes/pipeline.yaml with the gateway's own tables, shapes and contexts: {@link RoutedConversion}),
 * <ul>
 *   <li>passes the official shapes EDC-generic-no-cv + EDC-generic-full + EDC-converted;</li>
 *   <li>means the same RDF graph whether its JSON-LD is expanded with the official contexts or with the
 *       gateway's own, and that graph is the one the gateway validated.</li>
 * </ul>
 */
@GatewayTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdcOutputConformanceTest {
    private static final String NOT_WELL_FORMED = "fi-emrex_Example-elmo-sweden-1.0-small.xml";
    /** Its attachments are elided ("iiNhz6QfDnnDybjHLBF2..."): not base64, so not held but noted (issue #14). */
    private static final String ELIDED_ATTACHMENT = "pl/fi-emrex_elmo-1.0-example.xml";
    /** The official examples of the ELMO schema releases (v1.7.0's is the same in v1.4.0 to v2.0.0). */
    private static final List<String> OFFICIAL_EXAMPLES = List.of("schema/v1.0.0/example.xml", "schema/v1.7.0/example.xml");

    @Autowired
    RoutedConversion routes;

    /** The ELMO samples of ../shared, and every positive case of every adapter (format/path). */
    static Stream<String> inputs() throws IOException {
        Path shared = Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
        Path samples = shared.resolve("anchors/formats/emrex-elmo/samples");
        if (!Files.isDirectory(samples)) {
            return Stream.of("(../shared is absent)");
        }
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(samples)) {
            files.filter(p -> p.toString().endsWith(".xml")).filter(p -> !p.endsWith(NOT_WELL_FORMED)).sorted()
                    .forEach(p -> inputs.add("elmo:" + p));
        }
        OFFICIAL_EXAMPLES.forEach(e -> inputs.add("elmo:" + samples.resolveSibling(e)));
        AdapterCasesTest.everyCase().filter(c -> !c.refused())
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
        RoutedConversion.Converted credential = routes.convert(format, bytes);

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
    void anElidedAttachmentIsNotHeldButNotedAndTheTranscriptStillConverts() throws Exception {
        Path shared = OfficialElm.sharedOrSkip();
        byte[] bytes = Files.readAllBytes(shared.resolve("anchors/formats/emrex-elmo/samples").resolve(ELIDED_ATTACHMENT));
        Graph graph = routes.convert("elmo", bytes).graph();
        org.apache.jena.graph.Node content = org.apache.jena.graph.NodeFactory.createURI("http://data.europa.eu/snb/model/elm/content");
        org.apache.jena.graph.Node noteLiteral = org.apache.jena.graph.NodeFactory.createURI("http://data.europa.eu/snb/model/elm/noteLiteral");
        assertThat(graph.find(null, content, null).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                .as("no media object holds the elided content (the gateway's own original and display only)")
                .hasSize(2).noneMatch(c -> c.startsWith("iiNhz6QfDnnD"));
        assertThat(graph.find(null, noteLiteral, null).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                .as("each elided content is quoted by its start in a note that says ELM cannot hold it")
                .filteredOn(n -> n.contains("\"data:application/pdf;base64,iiNhz6QfDnnD") && n.contains("not held"))
                .hasSize(2); // the sample's two attachments; a third lies in an XML comment
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().limit(20)
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }
}
