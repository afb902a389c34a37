package eu.credentialgateway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.ingest.BatchSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12, authentic inputs: {@code gateway.check.require-trusted.<format>=true} through the gateway's real routes
 * (routes/pipeline.yaml, {@code gateway:trustPolicy}) on the project's test data: a sealed EDC XML whose signer is no
 * anchor is quarantined as {@code untrusted-source} unless the submitting key vouches for {@code edc-xml}; a VC-JWT whose
 * did:key is an anchor is converted; a CSV row (no signature at all) passes only when vouched for.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TrustPolicyPipelineTest {
    private static final Path DATA = Path.of("target", "trust-policy", UUID.randomUUID().toString());
    private static final Path SEALED_XML = Path.of("test-data/edc-xml/sealed-valid/input.xml");
    private static final Path VC_JWT = Path.of("test-data/openbadges-v3/vc-jwt-eddsa/input.jwt");
    private static final Path CSV = Path.of("test-data/csv/minimal/input.csv");

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) throws Exception {
        eu.credentialgateway.GatewayDataFolders.register(registry, DATA, "trust-policy");
        Path anchors = Files.createDirectories(DATA.resolve("trust"));
        // the anchor is the did:key the VC-JWT's header names (its kid, without the fragment)
        String header = new String(Base64.getUrlDecoder().decode(Files.readString(VC_JWT).strip().split("\\.")[0]));
        String kid = new ObjectMapper().readTree(header).get("kid").asText();
        Files.writeString(anchors.resolve("did-keys.txt"), "# test issuer\n" + kid.split("#")[0] + "\n");
        registry.add("gateway.trust.anchors-dir", anchors::toString);
        registry.add("gateway.check.require-trusted.edc-xml", () -> "true");
        registry.add("gateway.check.require-trusted.openbadges-v3", () -> "true");
        registry.add("gateway.check.require-trusted.csv", () -> "true");
    }

    @Autowired
    CamelContext camel;

    private Exchange convert(String format, byte[] body, String vouchedFormats) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(GatewayHeaders.SOURCE, "http");
        exchange.getMessage().setHeader(GatewayHeaders.INPUT_ID, UUID.randomUUID().toString());
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        if (vouchedFormats != null) {
            exchange.getMessage().setHeader(GatewayHeaders.VOUCHED_FORMATS, vouchedFormats);
        }
        ProducerTemplate template = camel.createProducerTemplate();
        return template.send("direct:conversion", exchange);
    }

    private static GatewayException failure(Exchange done) {
        Throwable failure = done.getException() != null ? done.getException() : done.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return failure instanceof GatewayException rejected ? rejected : null;
    }

    @Test
    void aValidSealByASignerWhoIsNoAnchorIsQuarantinedAsUntrustedSource() throws Exception {
        Exchange done = convert("edc-xml", Files.readAllBytes(SEALED_XML), "csv, openbadges-v3");

        GatewayException rejected = failure(done);
        assertThat(rejected).as("quarantined").isNotNull();
        Finding finding = rejected.findings().get(0);
        assertThat(finding.code()).isEqualTo("untrusted-source");
        assertThat(finding.message()).contains("'edc-xml'", "gateway.check.require-trusted.edc-xml=true", "signer is not trusted",
                "path validation failed");
        assertThat(finding.location()).startsWith("/");
        assertThat(Notes.of(done)).extracting(Finding::code).contains("seal-valid", "signer-untrusted");
    }

    @Test
    void theSameSealPassesWhenTheSubmittingKeyVouchesForTheFormat() throws Exception {
        Exchange done = convert("edc-xml", Files.readAllBytes(SEALED_XML), "csv,edc-xml");

        assertThat(failure(done)).as("converted").isNull();
        assertThat(done.getProperty(Exchange.EXCEPTION_CAUGHT)).isNull();
        assertThat(Notes.of(done)).extracting(Finding::code).contains("seal-valid", "signer-untrusted", "vouched-source");
    }

    @Test
    void aVcJwtSignedByAnAnchorDidKeyIsConverted() throws Exception {
        Exchange done = convert("openbadges-v3", Files.readAllBytes(VC_JWT), null);

        assertThat(failure(done)).as("converted").isNull();
        assertThat(Notes.of(done)).extracting(Finding::code).contains("signature-valid", "signer-trusted").doesNotContain("vouched-source");
    }

    @Test
    void aCsvRowHasNoSignatureSoOnlyAVouchingKeyMaySubmitIt() throws Exception {
        Path file = Files.createDirectories(DATA.resolve("uploads")).resolve(UUID.randomUUID() + ".csv");

        BatchSummary refused = batch(file, null);
        BatchSummary vouched = batch(file, "csv");

        assertThat(refused.quarantined()).isEqualTo(1);
        assertThat(refused.results().get(0).findings()).extracting(BatchSummary.RowFinding::code).containsExactly("untrusted-source");
        assertThat(refused.results().get(0).findings().get(0).message()).contains("carries no signature");
        assertThat(vouched.converted()).isEqualTo(1);
    }

    private BatchSummary batch(Path file, String vouchedFormats) throws Exception {
        Files.write(file, Files.readAllBytes(CSV));
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(file.toFile());
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "csv");
        exchange.getMessage().setHeader(GatewayHeaders.SOURCE, "http");
        if (vouchedFormats != null) {
            exchange.getMessage().setHeader(GatewayHeaders.VOUCHED_FORMATS, vouchedFormats);
        }
        Exchange done = camel.createProducerTemplate().send("direct:tabular-batch", exchange);
        return done.getMessage().getBody(BatchSummary.class);
    }
}
