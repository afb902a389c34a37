package eu.credentialgateway.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Notes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XadesSealStageTest {
    private static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats");
    private static final Path OWN = Path.of(System.getProperty("user.dir")).resolve("test-data/edc-xml");

    private final XadesSealStage stage = new XadesSealStage(CheckProperties.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "edc-legacy-xml/samples/elm-v1_Ana_Andromeda_Graduate_University_Study_of_Civil_Engineering.xml",
        "edc-legacy-xml/samples/elm-v1_Ildiko_Mazar_Certificate_of_Excellence.xml",
        "edc-legacy-xml/samples/elm-v1_edci_credential_basic.xml",
        "europass-edc-xml/samples/EDC_DiplomaSupplement_AA.xml"})
    void notesAValidSealWithItsSigner(String sample) throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "../shared is absent: skipping the sealed samples");
        Exchange exchange = run(Files.readAllBytes(SHARED.resolve(sample)));
        List<Finding> notes = Notes.of(exchange);
        assertEquals(2, notes.size());
        assertEquals("seal-valid", notes.get(0).code());
        assertTrue(notes.get(0).message().contains("CN="), notes.get(0).message());
        assertTrue(notes.get(0).message().matches(".*signing time 20\\d\\d-\\d\\d-\\d\\dT.*; revocation was not checked"),
                notes.get(0).message());
        assertTrue(notes.get(0).location().endsWith("/proof/Signature"), notes.get(0).location());
        assertEquals("signer-untrusted", notes.get(1).code(), "no anchor is configured for this stage");
        assertEquals("the signer of the XAdES seal is not trusted: no trust anchor configured", notes.get(1).message());
        assertEquals(notes.get(0).location(), notes.get(1).location());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "edc-legacy-xml/samples/elm-v1_edci_credential_complex.xml, 'the content was changed after sealing: digest mismatch for the sealed document (reference URI \"\"); the signature value over the signed info verifies'",
        "edc-legacy-xml/samples/edci_vp_mandated-xsd_v1.1_aix-marseille.xml, 'the content was changed after sealing: digest mismatch for the sealed document (reference URI \"\"); the signature value over the signed info verifies'",
        "europass-edc-xml/samples/verificable_presentation_mandated-xsd_v1.2.xml, 'the content was changed after sealing: digest mismatch for the sealed document (reference URI \"\"); the signature value over the signed info verifies'",
        "edc-legacy-xml/samples/edci_accredited_credential_issuer.xml, 'the seal itself was re-serialised or altered after sealing: the signature value does not verify and digest mismatch for the sealed document (reference URI \"\") and the XAdES signed properties (#xades-id-322a54cf5e209bb2a245f1336886b045)'",
        "europass-edc-xml/samples/credential-generic-profile-xsd-signed.xml, 'the seal itself was re-serialised or altered after sealing: the signature value does not verify and digest mismatch for the sealed document (reference URI \"\") and the XAdES signed properties (#xades-id-a33a349ac09f7c88eadd307b588845de)'"})
    void rejectsASealThatDoesNotVerify(String sample, String why) throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "../shared is absent: skipping the sealed samples");
        byte[] input = Files.readAllBytes(SHARED.resolve(sample));
        GatewayException rejected = assertThrows(GatewayException.class, () -> run(input));
        assertEquals("seal-invalid", rejected.findings().get(0).code());
        assertTrue(rejected.findings().get(0).message().contains(why), rejected.findings().get(0).message());
    }

    @Test
    void notesAnUnsealedDocument() {
        Exchange exchange = run("<europassCredential xmlns=\"http://data.europa.eu/snb\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("seal-absent", Notes.of(exchange).get(0).code());
    }

    @Test
    void leavesADocumentItCannotParseToTheCheckStage() {
        Exchange exchange = run("<europassCredential xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Notes.of(exchange).isEmpty());
    }

    @Test
    void verifiesTheProjectsOwnSealedCase() throws Exception {
        Exchange exchange = run(Files.readAllBytes(OWN.resolve("sealed-valid/input.xml")));
        assertEquals("seal-valid", Notes.of(exchange).get(0).code());
    }

    @Test
    void rejectsTheProjectsOwnTamperedCase() throws Exception {
        byte[] input = Files.readAllBytes(OWN.resolve("sealed-tampered/input.xml"));
        GatewayException rejected = assertThrows(GatewayException.class, () -> run(input));
        assertEquals("seal-invalid", rejected.findings().get(0).code());
        assertTrue(rejected.findings().get(0).message().contains("the sealed document"));
    }

    @Test
    void notesTheTamperedCaseAndGoesOnWhenConfiguredToContinue() throws Exception {
        XadesSealStage continuing = new XadesSealStage(CheckProperties.onFailedVerification(OnFailedVerification.CONTINUE));
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(Files.readAllBytes(OWN.resolve("sealed-tampered/input.xml")));
        continuing.process(exchange);
        Finding note = Notes.of(exchange).get(0);
        assertEquals("seal-invalid", note.code());
        assertTrue(note.message().endsWith("(gateway.check.on-failed-verification=continue: converted anyway)"));
    }

    private Exchange run(byte[] input) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(input);
        stage.process(exchange);
        return exchange;
    }
}
