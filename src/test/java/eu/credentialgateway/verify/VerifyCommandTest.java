package eu.credentialgateway.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.CredentialForm;
import eu.credentialgateway.GatewayHeaders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The verify command as its main method wires it: only the forms and the verifier, then one report per file. */
class VerifyCommandTest {
    static final Path SAMPLE = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/anchors/edc/samples/elm-v3-jsonld/Sample-MC-Annex1-signed.jsonld").normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    static ConfigurableApplicationContext wiring;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        List<String> schemas = eu.credentialgateway.profile.ProfileChecks.schemasAvailable()
                ? List.of("--gateway.profile.ebsi-schema=" + eu.credentialgateway.profile.ProfileChecks.EBSI_SCHEMA,
                        "--gateway.profile.ob3-schema=" + eu.credentialgateway.profile.ProfileChecks.OB3_SCHEMA)
                : List.of();
        wiring = new SpringApplicationBuilder(VerifyCommand.Wiring.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").run(schemas.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        wiring.close();
    }

    record Run(int status, String output) {
    }

    Run verify(Path... files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifyCommand.run(wiring.getBean(CredentialVerifier.class), List.of(files), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void startsWithNoPipelineOnlyTheVerifierAndItsForms() {
        assertThat(wiring.getBeanNamesForType(CredentialForm.class)).hasSize(3);
        assertThat(wiring.getBeanNamesForType(ContentCheck.class)).hasSize(1);
        assertThat(wiring.containsBean("sealStage")).isFalse();
        assertThat(wiring.containsBean("ingestStage")).isFalse();
    }

    @Test
    void exitsZeroAndReportsAnOfficialSignedSampleValidButNotTrusted() throws Exception {
        assumeTrue(Files.isRegularFile(SAMPLE), "../shared is absent: skipping the official signed sample");
        Run run = verify(SAMPLE);

        assertThat(run.status()).as(run.output()).isZero();
        JsonNode report = JSON.readTree(run.output());
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("trusted").asBoolean()).isFalse();
        assertThat(report.get("seal").get("signatures").get(0).get("signedBy").asText()).contains("CN=TEST SEAL");
    }

    @Test
    void exitsOneForATamperedCopy() throws Exception {
        assumeTrue(Files.isRegularFile(SAMPLE), "../shared is absent: skipping the official signed sample");
        Path tampered = temp.resolve("tampered.jsonld");
        Files.writeString(tampered, eu.credentialgateway.seal.Tamper.oneByteOfPayload(Files.readString(SAMPLE)));

        Run run = verify(tampered);

        assertThat(run.status()).isEqualTo(1);
        assertThat(JSON.readTree(run.output()).get("seal").get("valid").asBoolean()).isFalse();
    }

    @Test
    void reportsAnEbsiJwtOfTheOfficialSampleValidWithItsContentAgainstTheEbsiSchema() throws Exception {
        assumeTrue(Files.isRegularFile(SAMPLE), "../shared is absent: skipping the official signed sample");
        org.apache.camel.Exchange exchange = new org.apache.camel.support.DefaultExchange(new org.apache.camel.impl.DefaultCamelContext());
        exchange.getMessage().setBody(JSON.readTree(Files.readString(SAMPLE)).get("payload").asText());
        exchange.getMessage().setHeader(eu.credentialgateway.GatewayHeaders.PROFILE, "ebsi-jwt");
        new eu.credentialgateway.profile.ProfileStage(eu.credentialgateway.profile.ProfileProperties.defaults(),
                eu.credentialgateway.OutputProfile.EDC_JADES, Path.of("ontologies/context")).process(exchange);
        new eu.credentialgateway.seal.SealStage(eu.credentialgateway.seal.SealProperties.demo(temp.resolve("key.p12"),
                eu.credentialgateway.seal.JwsAlgorithm.RS256), temp, name -> null).process(exchange);
        Path token = temp.resolve("credential.jwt");
        Files.writeString(token, exchange.getMessage().getBody(String.class));

        Run run = verify(token);

        assertThat(run.status()).as(run.output()).isZero();
        JsonNode report = JSON.readTree(run.output());
        assertThat(report.get("form").asText()).isEqualTo("ebsi-jwt");
        assertThat(report.get("seal").get("signatures").get(0).get("signatureFormat").asText()).startsWith("JWT (compact JWS), RS256, typ vc+jwt");
        assertThat(report.get("content").get("checked").asBoolean()).isEqualTo(eu.credentialgateway.profile.ProfileChecks.schemasAvailable());
        assertThat(report.get("content").get("valid").asBoolean()).isEqualTo(eu.credentialgateway.profile.ProfileChecks.schemasAvailable());
    }

    @Test
    void exitsTwoForADocumentThatIsNotASealedCredential() throws Exception {
        Path plain = temp.resolve("plain.jsonld");
        Files.writeString(plain, "{\"@context\": [], \"id\": \"urn:uuid:1\"}");

        Run run = verify(plain);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.output()).contains("unknown-sealed-form");
    }
}
