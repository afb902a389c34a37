package eu.credentialgateway.check.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Notes;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.xml.SecureXmlParser;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gateway's XAdES verifier (JDK XML-DSig) against EU DSS's XAdES validation (offline), on the sealed
 * reference samples and on edited copies: the same verdict per seal and the same failing references.
 * Three samples are left to {@code XadesVerificationBenchmark} (which checks agreement on all nine):
 * Ana Andromeda (288 KB), Ildiko Mazar (108 KB) and credential-generic-profile-xsd-signed (190 KB), for
 * which DSS needs from 15 s to minutes of CPU (see XadesSeal).
 */
class XadesSealAgreesWithDssTest {
    private static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats");
    private static final String BASIC = "edc-legacy-xml/samples/elm-v1_edci_credential_basic.xml";

    private final XadesSealStage stage = new XadesSealStage(CheckProperties.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        BASIC,
        "europass-edc-xml/samples/EDC_DiplomaSupplement_AA.xml",
        "europass-edc-xml/samples/verificable_presentation_mandated-xsd_v1.2.xml",
        "edc-legacy-xml/samples/edci_accredited_credential_issuer.xml",
        "edc-legacy-xml/samples/edci_vp_mandated-xsd_v1.1_aix-marseille.xml",
        "edc-legacy-xml/samples/elm-v1_edci_credential_complex.xml"})
    void dssReachesTheSameVerdictAndTheSameFailingReferences(String sample) throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "../shared is absent: skipping the sealed samples");
        byte[] document = Files.readAllBytes(SHARED.resolve(sample));
        assertAgreement(document);
    }

    @Test
    void bothNameTheSealedDocumentWhenOneByteOfTheSignedContentChanged() throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "../shared is absent: skipping the sealed samples");
        String text = Files.readString(SHARED.resolve(BASIC));
        int label = text.indexOf("lang=\"en\">Generic<");
        assertTrue(label > 0 && label < text.indexOf("<ds:Signature"));
        byte[] edited = (text.substring(0, label) + "lang=\"en\">generic<" + text.substring(label + "lang=\"en\">Generic<".length()))
                .getBytes(StandardCharsets.UTF_8);

        GatewayException rejected = assertThrows(GatewayException.class, () -> run(edited));
        Finding finding = rejected.findings().get(0);
        assertEquals("seal-invalid", finding.code());
        assertTrue(finding.message().contains("the content was changed after sealing: digest mismatch for the sealed document"
                + " (reference URI \"\"); the signature value over the signed info verifies"), finding.message());
        DssXadesCheck.Result dss = DssXadesCheck.verify(edited).get(0);
        assertEquals(List.of("the sealed document (reference URI \"\")"), dss.failedReferences());
        assertFalse(dss.valid());
    }

    @Test
    void bothFindNoSealInAnUnsealedDocument() {
        byte[] unsealed = "<europassCredential xmlns=\"http://data.europa.eu/snb\"><title/></europassCredential>".getBytes(StandardCharsets.UTF_8);
        assertEquals("seal-absent", Notes.of(run(unsealed)).get(0).code());
        assertTrue(DssXadesCheck.verify(unsealed).isEmpty());
    }

    @Test
    void dssVerifierHasNoOnlineSourceAndTrustsNothing() {
        CommonCertificateVerifier verifier = DssXadesCheck.offlineVerifier();
        assertNull(verifier.getAIASource());
        assertNull(verifier.getOcspSource());
        assertNull(verifier.getCrlSource());
        assertTrue(verifier.getTrustedCertSources().isEmpty());
    }

    @Test
    void aDoctypeWithExternalEntitiesIsRefusedWithoutFileOrNetworkAccess(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER");
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            listener.configureBlocking(false);
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            byte[] xxe = ("<?xml version=\"1.0\"?>\n<!DOCTYPE europassCredential [\n"
                    + "  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                    + "  <!ENTITY net SYSTEM \"http://127.0.0.1:" + port + "/entity\">\n"
                    + "  <!ENTITY % dtd SYSTEM \"http://127.0.0.1:" + port + "/dtd\"> %dtd;\n]>\n"
                    + "<europassCredential xmlns=\"http://data.europa.eu/snb\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"
                    + "<title>&file;&net;</title><ds:Signature/></europassCredential>").getBytes(StandardCharsets.UTF_8);

            Exchange exchange = run(xxe);
            assertTrue(Notes.of(exchange).isEmpty(), "the seal step leaves a document it refuses to parse to the check stage");
            RuntimeException refused = assertThrows(RuntimeException.class, () -> DssXadesCheck.verify(xxe));
            assertTrue(String.valueOf(refused.getMessage()).contains("DOCTYPE"), refused::getMessage);
            assertFalse(String.valueOf(refused.getMessage()).contains("SECRET-MARKER"));
            assertNull(listener.accept(), "no parser may connect to fetch an entity or DTD");
        }
    }

    private void assertAgreement(byte[] document) {
        List<DssXadesCheck.Result> dss = DssXadesCheck.verify(document);
        List<XadesSeal.Verdict> gateway = new XadesSeal().verify(new SecureXmlParser(64).parse(new String(document, StandardCharsets.UTF_8)).document());
        assertEquals(gateway.size(), dss.size());
        for (int i = 0; i < dss.size(); i++) {
            DssXadesCheck.Result expected = dss.get(i);
            XadesSeal.Verdict verdict = gateway.get(i);
            assertEquals(expected.valid(), verdict.valid(), () -> "DSS " + expected + " / gateway " + verdict);
            assertEquals(Instant.parse(expected.signingTime()), OffsetDateTime.parse(verdict.signingTime()).toInstant());
            if (!expected.valid()) {
                assertTrue(expected.missingReferences().isEmpty() && !expected.duplicatedId(), expected::toString);
                String named = "digest mismatch for " + String.join(" and ", expected.failedReferences());
                assertTrue(verdict.problem().contains(named), () -> verdict.problem() + " should name exactly: " + named);
            }
        }
    }

    private Exchange run(byte[] input) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(input);
        stage.process(exchange);
        return exchange;
    }
}
