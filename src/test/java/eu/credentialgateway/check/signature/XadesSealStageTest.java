package eu.credentialgateway.check.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Notes;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.OnFailedVerification;
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

    /** The project's valid seal with its XPath 1.0 expression swapped for a sender-chosen one, and 20,000 extra elements. */
    private static byte[] withTransform(String transform) throws Exception {
        String sealed = Files.readString(OWN.resolve("sealed-valid/input.xml"));
        String hostile = sealed.replace("<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><ds:XPath>not(ancestor-or-self::ds:Signature)</ds:XPath></ds:Transform>",
                transform);
        assertTrue(!hostile.equals(sealed), "the sample's transform is where the test expects it");
        int close = hostile.lastIndexOf("</");
        return (hostile.substring(0, close) + "<padding>" + "<p/>".repeat(20_000) + "</padding>" + hostile.substring(close))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // quadratic: every node of the document counts every node again (minutes when evaluated)
        "xpath-quadratic|<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><ds:XPath>count(//node()) != count(//@*)</ds:XPath></ds:Transform>",
        "xpath-filter2-intersect|<ds:Transform Algorithm=\"http://www.w3.org/2002/06/xmldsig-filter2\"><f:XPath xmlns:f=\"http://www.w3.org/2002/06/xmldsig-filter2\" Filter=\"intersect\">//node()[count(//node()) > 0]</f:XPath></ds:Transform>",
        "xslt|<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\"><xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\"/></ds:Transform>",
        "ds-prefix-rebound|<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><ds:XPath xmlns:x=\"urn:x\">not(ancestor-or-self::x:Signature)</ds:XPath></ds:Transform>",
        "unknown-algorithm|<ds:Transform Algorithm=\"urn:hostile:transform\"/>"})
    void refusesSenderChosenTransformsBeforeEvaluatingThem(String name, String transform) throws Exception {
        byte[] input = withTransform(transform);
        GatewayException rejected = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> assertThrows(GatewayException.class, () -> run(input)));
        assertEquals("unsupported-transform", rejected.findings().get(0).code(), name);
        assertTrue(rejected.findings().get(0).location().endsWith("/proof/Signature"), rejected.findings().get(0).location());
    }

    @Test
    void quarantinesASealOverItsTimeBudgetAndStopsTheWork() throws Exception {
        XadesSealStage hurried = new XadesSealStage(CheckProperties.defaults().withSignatureTimeBudget(java.time.Duration.ofNanos(1)));
        byte[] sealed = Files.readAllBytes(OWN.resolve("sealed-valid/input.xml"));
        // a loaded machine may run the whole verification before the caller asks for its result, which then is in
        // time: a few tries, one of which must be refused (a budget that is never enforced fails them all)
        GatewayException rejected = null;
        for (int attempt = 0; attempt < 10 && rejected == null; attempt++) {
            Exchange exchange = new DefaultExchange(new DefaultCamelContext());
            exchange.getMessage().setBody(sealed);
            try {
                hurried.process(exchange);
            } catch (GatewayException e) {
                rejected = e;
            }
        }
        assertNotNull(rejected, "a 1 ns budget was never exceeded in 10 verifications");
        assertEquals("seal-check-timeout", rejected.findings().get(0).code());
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (busyVerifiers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, busyVerifiers(), "the interrupted verification went on working");
    }

    /** Verifier threads that are running, not parked idle in their pool; all of them are daemons. */
    private static long busyVerifiers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("signature-check-"))
                .peek(t -> assertTrue(t.isDaemon(), "a verifier thread would block shutdown"))
                .filter(t -> t.getState() == Thread.State.RUNNABLE).count();
    }

    private Exchange run(byte[] input) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(input);
        stage.process(exchange);
        return exchange;
    }
}
