package eu.credentialgateway.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.GatewayException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every well-formed ELMO sample of the reference data must become a credential that passes the
 * OFFICIAL EDC shapes (converted profile + generic-full + generic-no-cv), after a test-only
 * stand-in for the align stage. fi-ncp_elmo_in_json.json is ELMO in JSON: not this XML adapter's input.
 */
class ElmoSamplesConformanceTest {
    private static final String NOT_WELL_FORMED = "fi-emrex_Example-elmo-sweden-1.0-small.xml";
    private static final ElmoPipeline PIPELINE = new ElmoPipeline();

    static Stream<String> wellFormedSamples() throws IOException {
        return samples().stream().filter(p -> !p.endsWith(NOT_WELL_FORMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormedSamples")
    void mapsSampleToCredentialThatPassesOfficialShapes(String sample) throws Exception {
        assumeTrue(OfficialShapes.available(), "../shared is absent: skipping the ELMO samples");
        Graph credential = PIPELINE.run(Files.readAllBytes(samplesFolder().resolve(sample)));
        StandInAlignment.align(credential);
        ValidationReport report = OfficialShapes.validate(credential);
        assertTrue(report.conforms(), () -> sample + ":\n" + OfficialShapes.describe(report));
    }

    @Test
    void rejectsTheNotWellFormedSampleWithLineAndColumn() throws Exception {
        assumeTrue(OfficialShapes.available(), "../shared is absent: skipping the ELMO samples");
        byte[] input = Files.readAllBytes(samplesFolder().resolve("se").resolve(NOT_WELL_FORMED));
        GatewayException rejected = assertThrows(GatewayException.class, () -> PIPELINE.run(input));
        assertEquals("not-well-formed", rejected.findings().get(0).code());
        assertTrue(rejected.findings().get(0).location().matches("line \\d+, column \\d+"));
    }

    private static List<String> samples() throws IOException {
        if (!OfficialShapes.available()) {
            return List.of("(../shared is absent)");
        }
        try (Stream<Path> files = Files.walk(samplesFolder())) {
            return files.filter(p -> p.toString().endsWith(".xml")).map(p -> samplesFolder().relativize(p).toString()).sorted().toList();
        }
    }

    private static Path samplesFolder() {
        return OfficialShapes.shared().resolve("anchors/formats/emrex-elmo/samples");
    }
}
