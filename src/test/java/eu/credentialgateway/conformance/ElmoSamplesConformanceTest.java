package eu.credentialgateway.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.GatewayException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The one ELMO sample of the reference data that is not well-formed is rejected with its line and column.
 * (The well-formed ones are converted through every real stage and checked against the official shapes by
 * EdcOutputConformanceTest; fi-ncp_elmo_in_json.json is ELMO in JSON, not this XML adapter's input.)
 */
class ElmoSamplesConformanceTest {
    private static final String NOT_WELL_FORMED = "fi-emrex_Example-elmo-sweden-1.0-small.xml";
    private static final ElmoPipeline PIPELINE = new ElmoPipeline();

    @Test
    void rejectsTheNotWellFormedSampleWithLineAndColumn() throws Exception {
        assumeTrue(OfficialElm.available(), "../shared is absent: skipping the ELMO samples");
        byte[] input = Files.readAllBytes(samplesFolder().resolve("se").resolve(NOT_WELL_FORMED));
        GatewayException rejected = assertThrows(GatewayException.class, () -> PIPELINE.run(input));
        assertEquals("not-well-formed", rejected.findings().get(0).code());
        assertTrue(rejected.findings().get(0).location().matches("line \\d+, column \\d+"));
    }

    private static Path samplesFolder() {
        return OfficialElm.shared().resolve("anchors/formats/emrex-elmo/samples");
    }
}
