package eu.credentialgateway.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.align.AlignProperties;
import eu.credentialgateway.align.AlignStage;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.ValidateStage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case folder under test-data/csv/ (one row of the bulk-issuing template each): {@code input.csv} with either {@code expected.ttl}
 * (the map stage's graph, fixed clock and credential id, compared by isomorphism) or
 * {@code expected-errors.json} (stage, code, location of every finding, in order).
 * {@code -Dgateway.regenerate=true} rewrites the expected files from the current output: review each by eye.
 */
class CsvCasesTest {
    private static final Path CASES = Path.of("test-data", "csv");
    private static final boolean REGENERATE = Boolean.getBoolean("gateway.regenerate");
    private static final AlignStage ALIGN = new AlignStage(new AlignProperties(null), ".");
    private static final ValidateStage OWN_SHAPES = new ValidateStage(new ValidateProperties(Path.of("ontologies/shapes"), List.of()), ".");
    private final CsvPipeline pipeline = new CsvPipeline();

    static Stream<String> everyCase() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "test-data/csv/{0}")
    @MethodSource("everyCase")
    void convertsOrQuarantinesExactlyAsExpected(String name) throws Exception {
        Path folder = CASES.resolve(name);
        byte[] input = Files.readAllBytes(folder.resolve("input.csv"));
        Path expectedErrors = folder.resolve("expected-errors.json");
        if (Files.exists(expectedErrors)) {
            GatewayException rejected = assertThrows(GatewayException.class, () -> pipeline.run(input));
            if (REGENERATE) {
                Files.writeString(expectedErrors, json(rejected.findings()));
            }
            assertEquals(Files.readString(expectedErrors).strip(), json(rejected.findings()).strip());
            return;
        }
        Graph actual = pipeline.run(input);
        Path expected = folder.resolve("expected.ttl");
        if (REGENERATE || !Files.exists(expected)) {
            try (OutputStream out = Files.newOutputStream(expected)) {
                RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
            }
        }
        Graph wanted = RDFDataMgr.loadGraph(expected.toString());
        assertTrue(actual.isIsomorphicWith(wanted), () -> name + ": the graph differs from expected.ttl");
        passesOwnShapes(name, actual);
        if (OfficialShapes.available()) {
            StandInAlignment.align(actual);
            var report = OfficialShapes.validate(actual);
            assertTrue(report.conforms(), () -> name + ":\n" + OfficialShapes.describe(report));
        }
    }

    /** A copy of the graph, aligned by the real align stage, passes the validate stage (the gateway's own shapes). */
    private static void passesOwnShapes(String name, Graph mapped) throws Exception {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, mapped);
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(copy);
        ALIGN.process(exchange);
        try {
            OWN_SHAPES.process(exchange);
        } catch (GatewayException e) {
            throw new AssertionError(name + ": fails the own shapes:\n" + json(e.findings()), e);
        }
    }

    /** The findings as expected-errors.json writes them: one object per line. */
    private static String json(List<Finding> findings) {
        return findings.stream()
                .map(f -> "  {\"stage\": \"" + f.stage().id() + "\", \"code\": \"" + f.code() + "\", \"location\": \"" + f.location() + "\"}")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }
}
