package eu.credentialgateway.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs every case of every adapter, {@code test-data/<format>/<case>/} in the gateway home and in
 * {@code -Dgateway.adapters.dir}: {@code input.*} with either {@code expected.ttl} (the graph after check + map, fixed
 * clock and credential id, compared by isomorphism; the case must also convert through the real routes, own shapes
 * included, and, with ../shared, that credential graph must pass the official shapes) or {@code expected-errors.json} (stage, code, location of every finding, in order).
 * A new adapter's cases run here without a test class. A case folder with neither expected file (or both) fails:
 * {@code -Dgateway.regenerate=<format>/<case>} (see {@link Regeneration}) writes the named cases' expected file from
 * the current output and fails them so that each is reviewed (git diff) before the next run passes.
 */
@GatewayTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdapterCasesTest {

    @Autowired
    AdapterPipeline pipeline;
    @Autowired
    RoutedConversion routes;

    /** One case: the format and its folder. */
    record Case(String format, Path folder) {
        @Override
        public String toString() {
            return format + "/" + folder.getFileName();
        }

        Path expectedGraph() {
            return folder.resolve("expected.ttl");
        }

        Path expectedErrors() {
            return folder.resolve("expected-errors.json");
        }

        /**
         * Whether the case expects its input to be refused (expected-errors.json) rather than converted (expected.ttl);
         * a folder with neither or both is a mistake, never a pass.
         */
        boolean refused() {
            boolean errors = Files.exists(expectedErrors());
            if (errors == Files.exists(expectedGraph())) {
                throw new AssertionError(folder + (errors ? " has both expected.ttl and expected-errors.json: keep the one that holds"
                        : " has neither expected.ttl nor expected-errors.json: write the one you expect, or run"
                        + " mvn -q test -Dtest=AdapterCasesTest -D" + Regeneration.PROPERTY + "=" + this + " and review what it writes"));
            }
            return errors;
        }
    }

    static Stream<Case> everyCase() throws IOException {
        String extra = System.getProperty("gateway.adapters.dir", "");
        AdapterCatalog catalog = extra.isBlank() ? AdapterCatalog.of(Path.of(".")) : AdapterCatalog.of(Path.of("."), Path.of(extra));
        List<Case> cases = new ArrayList<>();
        for (Adapter adapter : catalog.all()) {
            if (!Files.isDirectory(adapter.testData())) {
                continue;
            }
            try (Stream<Path> folders = Files.list(adapter.testData())) {
                folders.filter(Files::isDirectory).sorted().forEach(f -> cases.add(new Case(adapter.format(), f)));
            }
        }
        return cases.stream();
    }

    /** The case's {@code input.*} file. */
    static Path input(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst()
                    .orElseThrow(() -> new AssertionError(folder + " has no input.* file"));
        }
    }

    @ParameterizedTest(name = "test-data/{0}")
    @MethodSource("everyCase")
    void convertsOrQuarantinesExactlyAsExpected(Case testCase) throws Exception {
        String name = testCase.toString();
        byte[] input = Files.readAllBytes(input(testCase.folder()));
        if (Regeneration.fromSystemProperty().covers(name)) {
            throw new AssertionError("wrote " + regenerate(testCase, input) + " from the current output: review it (git diff),"
                    + " then run again without -D" + Regeneration.PROPERTY);
        }
        if (testCase.refused()) {
            GatewayException rejected = assertThrows(GatewayException.class, () -> pipeline.run(testCase.format(), input));
            assertEquals(Files.readString(testCase.expectedErrors()).strip(), json(rejected.findings()).strip(), name);
            return;
        }
        Graph actual = pipeline.run(testCase.format(), input);
        Graph wanted = RDFDataMgr.loadGraph(testCase.expectedGraph().toString());
        assertTrue(actual.isIsomorphicWith(wanted), () -> name + ": the graph differs from expected.ttl");
        Graph aligned = passesOwnShapes(testCase, input);
        if (OfficialElm.available()) {
            var report = OfficialElm.validateConverted(aligned);
            assertTrue(report.conforms(), () -> name + ":\n" + OfficialElm.describe(report));
        }
    }

    @Test
    void everyCaseNamedForRegenerationExists() throws IOException {
        List<String> cases = everyCase().map(Case::toString).toList();
        assertEquals(List.of(), Regeneration.fromSystemProperty().unmatched(cases),
                "-D" + Regeneration.PROPERTY + " names no such case folder");
    }

    /** Writes the case's expected file from what the pipeline does now (and removes the other one); returns it. */
    private Path regenerate(Case testCase, byte[] input) throws Exception {
        Path written;
        Path stale;
        try {
            Graph actual = pipeline.run(testCase.format(), input);
            written = testCase.expectedGraph();
            stale = testCase.expectedErrors();
            try (OutputStream out = Files.newOutputStream(written)) {
                RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
            }
        } catch (GatewayException rejected) {
            written = testCase.expectedErrors();
            stale = testCase.expectedGraph();
            Files.writeString(written, json(rejected.findings()));
        }
        Files.deleteIfExists(stale);
        return written;
    }

    /**
     * The case converts through the real routes (align, sanity and validate with the gateway's own shapes among them);
     * returns the graph as validated, which must pass the official shapes too.
     */
    private Graph passesOwnShapes(Case testCase, byte[] input) throws Exception {
        try {
            return routes.convert(testCase.format(), input).graph();
        } catch (GatewayException e) {
            throw new AssertionError(testCase + ": does not convert through the routes:\n" + json(e.findings()), e);
        }
    }

    /** The findings as expected-errors.json writes them: one object per line. */
    static String json(List<Finding> findings) {
        return findings.stream()
                .map(f -> "  {\"stage\": \"" + f.stage().id() + "\", \"code\": \"" + f.code() + "\", \"location\": \"" + f.location() + "\"}")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }
}
