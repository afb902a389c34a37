package eu.credentialgateway.coverage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #14's measure for legacy EDC 1.x XML: over the reference samples the adapter converts (those of
 * conformance.EdcXmlSamplesTest's conversion test; the others are refused there with their reason) and every
 * converting case of test-data/edc-xml, the share of the value-bearing fields of test-data/edc-xml/coverage.tsv (rules
 * derived from the XSD: there is no official crosswalk) that reach the credential. Skipped without ../shared.
 *
 * <p>Floors, measured with CoverageCommand (docs/coverage.md): 92.4% of the values over the samples and cases. Lost:
 * a second language of the learner's given and family name (ELM holds one of each, and a Person has no note), and
 * the names of organisations that only accreditations or diploma-supplement parts the mapping does not carry refer
 * to (EDC_DiplomaSupplement_AA.xml, 67.6%: the credential holds only what its claims lead to). Held at 92% overall
 * and 67% per file.
 */
class EdcXmlFieldCoverageTest {
    private static final List<String> CONVERTING = List.of(
            "europass-edc-xml/samples/EDC_SampleACT_AA.xml",
            "europass-edc-xml/samples/EDC_WileECoyote_Simple.xml",
            "europass-edc-xml/samples/credential-generic-profile-xsd_v1.2.xml",
            "edc-legacy-xml/samples/edci_credential-generic-profile-xsd_v1.0.xml",
            "edc-legacy-xml/samples/edci_credential-generic-profile-xsd_v1.1.xml",
            "edc-legacy-xml/samples/edci_credential_0100.xml",
            "edc-legacy-xml/samples/elm-v1_Ana_Andromeda_Graduate_University_Study_of_Civil_Engineering.xml",
            "edc-legacy-xml/samples/elm-v1_Ildiko_Mazar_Certificate_of_Excellence.xml",
            "edc-legacy-xml/samples/elm-v1_edci_credential_basic.xml",
            "europass-edc-xml/samples/EDC_DiplomaSupplement_AA.xml");

    @Test
    void everyConvertingSampleReachesItsFloor() throws Exception {
        Path formats = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats").normalize();
        assumeTrue(Files.isDirectory(formats.resolve("europass-edc-xml")), "../shared is absent: skipping the EDC XML field coverage");
        AdapterFieldCoverage coverage = new AdapterFieldCoverage("edc-xml");
        for (String sample : CONVERTING) {
            coverage.measure(sample, Files.readAllBytes(formats.resolve(sample)));
        }
        for (Path input : AdapterFieldCoverage.convertingCases("edc-xml")) {
            coverage.measure(input.toString(), Files.readAllBytes(input));
        }
        coverage.assertFloors(FLOOR_OVERALL, FLOOR_PER_FILE, CONVERTING.size());
    }

    private static final double FLOOR_OVERALL = 92.0;
    private static final double FLOOR_PER_FILE = 67.0;
}
