package eu.credentialgateway.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.GatewayException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every legacy Europass EDC 1.x XML sample of the reference data (europass-edc-xml, edc-legacy-xml),
 * through the real routes (routes/pipeline.yaml and the edc-xml adapter's prepare route with its seal check: {@link RoutedConversion}): the ones valid for their own
 * format become credentials that pass the OFFICIAL shapes; the others are quarantined with the code
 * named here. The verifiable-presentation wrapper (EDC_DiplomaSupplement_AA) is converted like a bare
 * credential (xml.root names both). Five EDCI test fixtures carry a seal that no longer verifies: seal-invalid. EU DSS
 * agrees reference by reference (XadesSealAgreesWithDssTest): in three the content was edited or re-indented after
 * sealing while the one-line ds:Signature was left as it was (document digest fails, signature value and SignedProperties
 * intact); in two (credential-generic-profile-xsd-signed, edci_accredited_credential_issuer) the whole file, seal
 * included, was pretty-printed (signature value, document digest and SignedProperties digest all fail).
 * edci_credential-withspecialchars is a pre-1.0 draft (xsdVersion 0.10.0 with type codeId, issuer without cred:,
 * organisationReferences/organisation/preferredName): 50 errors against both EDC 1.x generic schemas (1.0 and the
 * 2021 one), so no valid EDC 1.x document and not mapped; its issuer is missing, which the shapes report.
 * Their learning outcomes' ESCO skills (relatedEscoSkill) are described by the align
 * stage's ESCO table as in the gateway; without it they would fail the official shapes' skos:Concept class.
 */
@GatewayTestContext
class EdcXmlSamplesTest {
    private static final Path FORMATS = OfficialElm.shared().resolve("anchors/formats");

    @Autowired
    RoutedConversion routes;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "europass-edc-xml/samples/EDC_SampleACT_AA.xml, seal-absent",
        "europass-edc-xml/samples/EDC_WileECoyote_Simple.xml, seal-absent",
        "europass-edc-xml/samples/credential-generic-profile-xsd_v1.2.xml, seal-absent",
        "edc-legacy-xml/samples/edci_credential-generic-profile-xsd_v1.0.xml, seal-absent",
        "edc-legacy-xml/samples/edci_credential-generic-profile-xsd_v1.1.xml, seal-absent",
        "edc-legacy-xml/samples/edci_credential_0100.xml, seal-absent",
        "edc-legacy-xml/samples/elm-v1_Ana_Andromeda_Graduate_University_Study_of_Civil_Engineering.xml, seal-valid",
        "edc-legacy-xml/samples/elm-v1_Ildiko_Mazar_Certificate_of_Excellence.xml, seal-valid",
        "edc-legacy-xml/samples/elm-v1_edci_credential_basic.xml, seal-valid",
        "europass-edc-xml/samples/EDC_DiplomaSupplement_AA.xml, seal-valid"})
    void convertsAValidSampleToACredentialThatPassesTheOfficialShapes(String sample, String sealNote) throws Exception {
        assumeTrue(OfficialElm.available(), "../shared is absent: skipping the EDC 1.x samples");
        RoutedConversion.Converted converted = routes.convert("edc-xml", Files.readAllBytes(FORMATS.resolve(sample)));
        Graph credential = converted.graph();
        ValidationReport report = OfficialElm.validateConverted(credential);
        assertTrue(report.conforms(), () -> sample + ":\n" + OfficialElm.describe(report));
        assertEquals(sealNote, eu.credentialgateway.Notes.of(converted.exchange()).get(0).code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "europass-edc-xml/samples/credential-generic-profile-xsd-signed.xml, check, seal-invalid",
        "europass-edc-xml/samples/verificable_presentation_mandated-xsd_v1.2.xml, check, seal-invalid",
        "edc-legacy-xml/samples/edci_accredited_credential_issuer.xml, check, seal-invalid",
        "edc-legacy-xml/samples/edci_vp_mandated-xsd_v1.1_aix-marseille.xml, check, seal-invalid",
        "edc-legacy-xml/samples/elm-v1_edci_credential_complex.xml, check, seal-invalid",
        "edc-legacy-xml/samples/edci_credential-withspecialchars.xml, validate, MinCountConstraintComponent"})
    void quarantinesAnInvalidSampleNamingTheProblem(String sample, String stage, String code) throws Exception {
        assumeTrue(OfficialElm.available(), "../shared is absent: skipping the EDC 1.x samples");
        byte[] input = Files.readAllBytes(FORMATS.resolve(sample));
        GatewayException rejected = assertThrows(GatewayException.class, () -> routes.convert("edc-xml", input));
        assertEquals(stage, rejected.findings().get(0).stage().id(), rejected::getMessage);
        assertEquals(code, rejected.findings().get(0).code(), rejected::getMessage);
    }
}
