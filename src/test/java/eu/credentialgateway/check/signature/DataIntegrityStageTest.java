package eu.credentialgateway.check.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.OnFailedVerification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class DataIntegrityStageTest {
    private static final Path HOME = Path.of(System.getProperty("user.dir"));
    private static final Path CASES = HOME.resolve("test-data/openbadges-v3");
    private static final AdapterCatalog ADAPTERS = AdapterCatalog.of(HOME);
    private static final ContextDocuments CONTEXTS = ContextDocuments.fromHome(HOME);

    private final DataIntegrityStage stage = new DataIntegrityStage(ADAPTERS, CheckProperties.defaults(), CONTEXTS);

    @Test
    void notesAValidProofWithItsSuiteAndMethodAndLeavesTheBodyAlone() throws Exception {
        byte[] input = Files.readAllBytes(CASES.resolve("proof-did-key-signed/input.json"));
        Exchange exchange = exchange(input, "openbadges-v3");
        stage.process(exchange);
        Finding note = Notes.of(exchange).get(0);
        assertThat(note.code()).isEqualTo("proof-valid");
        assertThat(note.stage()).isEqualTo(Stage.CHECK);
        assertThat(note.location()).isEqualTo("$.proof[0]");
        assertThat(note.message()).contains("eddsa-rdfc-2022").contains("did:key:z6Mk");
        assertThat(exchange.getMessage().getBody(byte[].class)).isEqualTo(input);
    }

    @Test
    void quarantinesACredentialWhoseProofDoesNotVerify() throws Exception {
        Exchange exchange = exchange(Files.readAllBytes(CASES.resolve("proof-tampered/input.json")), "openbadges-v3");
        GatewayException refused = catchThrowableOfType(GatewayException.class, () -> stage.process(exchange));
        assertThat(refused.rejection()).isEqualTo(Rejection.INVALID);
        assertThat(refused.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("proof-invalid");
            assertThat(f.location()).isEqualTo("$.proof[0]");
            assertThat(f.message()).doesNotContain("Samenwerken");
        });
    }

    @Test
    void notesTheFailureAndGoesOnWhenConfiguredToContinue() throws Exception {
        DataIntegrityStage continuing = new DataIntegrityStage(ADAPTERS,
                CheckProperties.onFailedVerification(OnFailedVerification.CONTINUE), CONTEXTS);
        Exchange exchange = exchange(Files.readAllBytes(CASES.resolve("proof-tampered/input.json")), "openbadges-v3");
        continuing.process(exchange);
        assertThat(Notes.of(exchange)).extracting(Finding::code).containsExactly("proof-invalid");
        assertThat(Notes.of(exchange).get(0).message()).endsWith("converted anyway)");
    }

    @Test
    void refusesAProofOverJsonLdTheProcessorCannotRead() {
        String body = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", {\"@version\": 1.1, \"name\": 5}],"
                + " \"type\": [\"VerifiableCredential\"], \"proof\": {\"type\": \"DataIntegrityProof\","
                + " \"cryptosuite\": \"eddsa-rdfc-2022\", \"verificationMethod\": \"did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi\","
                + " \"proofValue\": \"z41ZsNkz78FHSGkAD5J4b8EN49DkywMMJSL3UdUNffbsCAWmTLPvtnJpd3JGGooYX7TNrzgsTLkXUWiGsRRZ788ML\"}}";
        Exchange exchange = exchange(body.getBytes(StandardCharsets.UTF_8), "openbadges-v3");
        GatewayException refused = catchThrowableOfType(GatewayException.class, () -> stage.process(exchange));
        assertThat(refused.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("proof-unreadable");
            assertThat(f.stage()).isEqualTo(Stage.CHECK);
            assertThat(f.location()).isEqualTo("$.proof");
        });
    }

    @Test
    void checksTheProofOfEachEndorsementAndNotesOneThatFailsWithoutRefusingTheCredential() throws Exception {
        String valid = Files.readString(CASES.resolve("proof-did-key-signed/input.json"));
        String tampered = Files.readString(CASES.resolve("proof-tampered/input.json"));
        String body = "{\"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"], \"endorsement\": [" + valid + ", "
                + tampered + "], \"credentialSubject\": {\"achievement\": {\"endorsement\": " + valid + "}}}";
        Exchange exchange = exchange(body.getBytes(StandardCharsets.UTF_8), "openbadges-v3");

        stage.process(exchange);

        assertThat(Notes.of(exchange)).filteredOn(f -> f.code().startsWith("proof") || f.code().startsWith("endorsement"))
                .extracting(Finding::code, Finding::location).containsExactlyInAnyOrder(
                        tuple("proof-valid", "$.endorsement[0].proof[0]"),
                        tuple("endorsement-proof-invalid", "$.endorsement[1].proof[0]"),
                        tuple("proof-valid", "$.credentialSubject.achievement.endorsement.proof[0]"));
    }

    @Test
    void theSpecificationsCompleteExampleKeepsAValidProofAndItsEndorsementsAreReported() throws Exception {
        Path complete = HOME.resolve("../shared/anchors/formats/openbadges-v3/samples/1edtech-spec-examples/Complete_OpenBadgeCredential.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(complete), "../shared is absent: skipping the 1EdTech example");
        Exchange exchange = exchange(Files.readAllBytes(complete), "openbadges-v3");

        stage.process(exchange);

        assertThat(Notes.of(exchange)).filteredOn(f -> f.location().equals("$.proof[0]")).extracting(Finding::code).contains("proof-valid");
        // its endorsements name their keys by https URL, which the gateway never fetches: reported, not refused
        assertThat(Notes.of(exchange)).filteredOn(f -> f.location().startsWith("$.endorsement["))
                .extracting(Finding::code).isNotEmpty().allMatch(code -> code.startsWith("proof-") || code.startsWith("signer-")
                        || code.equals("endorsement-proof-invalid"));
    }

    @Test
    void leavesWhatIsNotAJsonObjectWithinBoundsToTheCheckStage() {
        for (String body : new String[] {"not json", "[1, 2]", "[".repeat(500) + "]".repeat(500)}) {
            Exchange exchange = exchange(body.getBytes(StandardCharsets.UTF_8), "openbadges-v3");
            stage.process(exchange);
            assertThat(Notes.of(exchange)).isEmpty();
        }
    }

    private static Exchange exchange(byte[] body, String format) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        return exchange;
    }
}
