package eu.credentialgateway.check.signature.proof;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.fuzz.Seeds;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the input of Data Integrity proof verification - JSON-LD expansion to RDF and RDFC-1.0 canonicalisation of
 * the credential and of the proof options - through its public entry, {@link DataIntegrityProofs#verify}, with the
 * gateway's own contexts and the stage's time budget. A document without a proof gets the proof of the test-data case
 * {@code proof-did-key-signed} (a DataIntegrityProof eddsa-rdfc-2022 with a did:key method), so every input is
 * canonicalised. For any JSON object within the JSON check's nesting bound, verification gives one outcome per proof
 * or refuses with {@link ProofUnreadable}; never another exception, a stack overflow or a hang.
 */
public class CanonicalisationFuzzTest {
    /** The JSON check's default nesting bound: deeper documents never reach gateway:dataIntegrity. */
    private static final ObjectMapper BOUNDED = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());
    private static DataIntegrityProofs proofs;
    private static JsonValue proof;
    /** Held so the level stays (JUL keeps loggers weakly): titanium warns on every odd term, thousands a second. */
    private static final java.util.logging.Logger TITANIUM = java.util.logging.Logger.getLogger("com.apicatalog");

    @BeforeAll
    public static void verifier() throws IOException {
        TITANIUM.setLevel(java.util.logging.Level.OFF);
        proofs = new DataIntegrityProofs(ContextDocuments.fromHome(Path.of(".")), Duration.ofSeconds(2));
        byte[] signed = Files.readAllBytes(Path.of("test-data/openbadges-v3/proof-did-key-signed/input.json"));
        proof = read(signed).get("proof");
        run(signed);
    }

    public static Stream<Arguments> proofCases() {
        return Seeds.cases("openbadges-v3", "clr-v2");
    }

    @MethodSource("proofCases")
    @FuzzTest(maxDuration = "10s")
    void documentIsCanonicalisedOrRefused(byte[] body) {
        run(body);
    }

    public static void run(byte[] body) {
        JsonObject document;
        try {
            BOUNDED.readTree(body);
            document = read(body);
        } catch (IOException | JsonException | IllegalStateException notWithinTheJsonCheck) {
            return; // gateway:dataIntegrity leaves it to the check stage
        }
        if (document == null) {
            return;
        }
        if (!document.containsKey("proof")) {
            document = Json.createObjectBuilder(document).add("proof", proof).build();
        }
        try {
            List<ProofOutcome> outcomes = proofs.verify(document, "$");
            for (ProofOutcome outcome : outcomes) {
                if (outcome.verdict() == null || outcome.location() == null || outcome.detail() == null) {
                    throw new AssertionError("an outcome without verdict, location or reason: " + outcome);
                }
            }
        } catch (ProofUnreadable refused) {
            if (refused.getMessage() == null || refused.location() == null) {
                throw new AssertionError("a refusal without reason or location", refused);
            }
        }
    }

    /** The body as a JSON object, or null when it is other JSON. */
    private static JsonObject read(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue() instanceof JsonObject object ? object : null;
        }
    }
}
