package eu.credentialgateway.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        wiring = new SpringApplicationBuilder(VerifyCommand.Wiring.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").run();
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
        assertThat(wiring.getBeanNamesForType(CredentialForm.class)).hasSize(1);
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
    void exitsTwoForADocumentThatIsNotASealedCredential() throws Exception {
        Path plain = temp.resolve("plain.jsonld");
        Files.writeString(plain, "{\"@context\": [], \"id\": \"urn:uuid:1\"}");

        Run run = verify(plain);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.output()).contains("unknown-sealed-form");
    }
}
