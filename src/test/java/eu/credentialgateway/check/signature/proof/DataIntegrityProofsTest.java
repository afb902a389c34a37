package eu.credentialgateway.check.signature.proof;

import static eu.credentialgateway.check.signature.proof.ProofOutcome.Verdict.INVALID;
import static eu.credentialgateway.check.signature.proof.ProofOutcome.Verdict.NOT_CHECKED;
import static eu.credentialgateway.check.signature.proof.ProofOutcome.Verdict.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.jsonld.ContextDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataIntegrityProofsTest {
    private static final Path HOME = Path.of(System.getProperty("user.dir"));
    private static final ContextDocuments CONTEXTS = ContextDocuments.fromHome(HOME);
    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs(CONTEXTS, Duration.ofSeconds(5));
    private static final ProofSigner SIGNER = new ProofSigner(CONTEXTS);
    private static final JsonObject UNSIGNED = json(ProofFixtures.UNSIGNED);

    @Nested
    class OwnCredentials {
        private final KeyPair key = ProofSigner.newKey();

        @Test
        void verifiesAProofByADidKey() throws Exception {
            ProofOutcome outcome = only(SIGNER.sign(UNSIGNED, key, ProofSigner.didKey(key)));
            assertThat(outcome.verdict()).isEqualTo(VALID);
            assertThat(outcome.location()).isEqualTo("$.proof[0]");
            assertThat(outcome.suite()).isEqualTo("eddsa-rdfc-2022");
            assertThat(outcome.detail()).isEqualTo("did:key");
        }

        @Test
        void findsAChangedAchievementName() throws Exception {
            JsonObject signed = SIGNER.sign(UNSIGNED, key, ProofSigner.didKey(key));
            JsonObject changed = Json.createObjectBuilder(signed).add("name", "Samenwerken in projecten!").build();
            ProofOutcome outcome = only(changed);
            assertThat(outcome.verdict()).isEqualTo(INVALID);
            assertThat(outcome.detail()).contains("does not verify with did:key");
        }

        @Test
        void findsAChangedProofOption() throws Exception {
            JsonObject signed = SIGNER.sign(UNSIGNED, key, ProofSigner.didKey(key));
            JsonObject proof = Json.createObjectBuilder(signed.getJsonArray("proof").getJsonObject(0))
                    .add("created", "2026-01-02T03:04:06Z").build();
            assertThat(only(withProof(signed, proof)).verdict()).isEqualTo(INVALID);
        }

        @Test
        void findsASignatureByAnotherKey() throws Exception {
            KeyPair other = ProofSigner.newKey();
            JsonObject signed = SIGNER.sign(UNSIGNED, other, ProofSigner.didKey(key));
            assertThat(only(signed).verdict()).isEqualTo(INVALID);
        }

        @Test
        void refusesAProofValueThatIsNoSignature() throws Exception {
            JsonObject proof = ProofSigner.proofOptions("eddsa-rdfc-2022", ProofSigner.didKey(key), "2026-01-02T03:04:05Z")
                    .add("proofValue", "z0OIl").build();
            ProofOutcome outcome = only(withProof(UNSIGNED, proof));
            assertThat(outcome.verdict()).isEqualTo(INVALID);
            assertThat(outcome.detail()).contains("64 bytes");
        }

        @Test
        void readsTheKeyOfAMultikeyGivenInTheProof() throws Exception {
            JsonObject method = Json.createObjectBuilder().add("id", "https://hogeschool.example.nl/issuer#key-1")
                    .add("type", "Multikey").add("controller", "https://hogeschool.example.nl/issuer")
                    .add("publicKeyMultibase", ProofSigner.multikey(key)).build();
            JsonObject options = ProofSigner.proofOptions("eddsa-rdfc-2022", "x", "2026-01-02T03:04:05Z")
                    .add("verificationMethod", method).build();
            ProofOutcome outcome = only(withProof(UNSIGNED, SIGNER.proof(UNSIGNED, options, key)));
            assertThat(outcome.verdict()).as(outcome.detail()).isEqualTo(VALID);
            assertThat(outcome.method()).isEqualTo("https://hogeschool.example.nl/issuer#key-1");
        }

        @Test
        void readsAnEd25519JwkOfAMethodTheDocumentHolds() throws Exception {
            byte[] encoded = key.getPublic().getEncoded();
            String x = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOfRange(encoded, 12, 44));
            JsonObject document = Json.createObjectBuilder(UNSIGNED)
                    .add("evidence", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("id", "https://hogeschool.example.nl/issuer#jwk").add("type", Json.createArrayBuilder().add("Evidence"))
                            .add("publicKeyJwk", Json.createObjectBuilder().add("kty", "OKP").add("crv", "Ed25519").add("x", x))))
                    .build();
            JsonObject signed = SIGNER.sign(document, key, "https://hogeschool.example.nl/issuer#jwk");
            ProofOutcome outcome = only(signed);
            assertThat(outcome.verdict()).as(outcome.detail()).isEqualTo(VALID);
            assertThat(outcome.detail()).contains("publicKeyJwk");
        }

        @Test
        void takesTheMultikeyAnHttpsMethodsFragmentNamesAndSaysTheControllerWasNotFetched() throws Exception {
            String method = "https://hogeschool.example.nl/issuer#" + ProofSigner.multikey(key);
            ProofOutcome outcome = only(SIGNER.sign(UNSIGNED, key, method));
            assertThat(outcome.verdict()).isEqualTo(VALID);
            assertThat(outcome.detail()).contains("was not fetched");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "https://hogeschool.example.nl/issuer#key-1, (https) is not resolved",
            "did:web:hogeschool.example.nl#key-1, (did:web) is not resolved",
            "did:example:123, (did:example) is not resolved",
        })
        void doesNotResolveKeysThatWouldHaveToBeFetched(String method, String why) throws Exception {
            ProofOutcome outcome = only(SIGNER.sign(UNSIGNED, key, method));
            assertThat(outcome.verdict()).isEqualTo(NOT_CHECKED);
            assertThat(outcome.detail()).contains(why).contains("never fetches");
        }

        @Test
        void checksEveryProofOfAProofSetAndNotesOtherSuites() throws Exception {
            KeyPair second = ProofSigner.newKey();
            JsonObject a = SIGNER.proof(UNSIGNED, ProofSigner.proofOptions("eddsa-rdfc-2022", ProofSigner.didKey(key), "2026-01-02T03:04:05Z").build(), key);
            JsonObject b = SIGNER.proof(UNSIGNED, ProofSigner.proofOptions("eddsa-2022", ProofSigner.didKey(second), "2026-01-02T03:04:05Z").build(), second);
            JsonObject c = ProofSigner.proofOptions("ecdsa-sd-2023", "did:key:zDnae", "2026-01-02T03:04:05Z").add("proofValue", "u2V0").build();
            JsonObject document = Json.createObjectBuilder(UNSIGNED).add("proof", Json.createArrayBuilder().add(a).add(b).add(c)).build();
            List<ProofOutcome> outcomes = PROOFS.verify(document, "$");
            assertThat(outcomes).extracting(ProofOutcome::verdict).containsExactly(VALID, VALID, NOT_CHECKED);
            assertThat(outcomes).extracting(ProofOutcome::location).containsExactly("$.proof[0]", "$.proof[1]", "$.proof[2]");
            assertThat(outcomes.get(2).detail()).contains("ecdsa-sd-2023 is not verified");
        }

        @Test
        void checksAChainedProofOverTheProofItNames() throws Exception {
            JsonObject first = Json.createObjectBuilder(SIGNER.proof(UNSIGNED, ProofSigner.proofOptions("eddsa-rdfc-2022",
                    ProofSigner.didKey(key), "2026-01-02T03:04:05Z").add("id", "urn:uuid:first").build(), key)).build();
            JsonObject withFirst = Json.createObjectBuilder(UNSIGNED).add("proof", Json.createArrayBuilder().add(first)).build();
            KeyPair second = ProofSigner.newKey();
            JsonObject chained = SIGNER.proof(withFirst, ProofSigner.proofOptions("eddsa-rdfc-2022", ProofSigner.didKey(second),
                    "2026-01-03T03:04:05Z").add("previousProof", "urn:uuid:first").build(), second);
            JsonObject document = Json.createObjectBuilder(UNSIGNED).add("proof", Json.createArrayBuilder().add(first).add(chained)).build();
            assertThat(PROOFS.verify(document, "$")).extracting(ProofOutcome::verdict).containsExactly(VALID, VALID);
        }

        @Test
        void notesAContextTheGatewayDoesNotServe() throws Exception {
            JsonObject document = Json.createObjectBuilder(SIGNER.sign(UNSIGNED, key, ProofSigner.didKey(key)))
                    .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                            .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.0.json")).build();
            ProofOutcome outcome = only(document);
            assertThat(outcome.verdict()).isEqualTo(NOT_CHECKED);
            assertThat(outcome.detail()).contains("context-3.0.0.json");
        }

        @Test
        void refusesJsonLdTheProcessorCannotRead() throws Exception {
            JsonObject signed = SIGNER.sign(UNSIGNED, key, ProofSigner.didKey(key));
            JsonObject broken = Json.createObjectBuilder(signed).add("@context", Json.createArrayBuilder()
                    .add("https://www.w3.org/ns/credentials/v2").add(Json.createObjectBuilder().add("name", "urn:other:name"))).build();
            assertThatThrownBy(() -> PROOFS.verify(broken, "$")).isInstanceOf(ProofUnreadable.class)
                    .hasMessageContaining("PROTECTED_TERM_REDEFINITION");
        }

        @Test
        void hasNothingToSayAboutADocumentWithoutProof() throws Exception {
            assertThat(PROOFS.verify(UNSIGNED, "$")).isEmpty();
        }
    }

    @Nested
    class ProjectFixtures {
        @ParameterizedTest(name = "{0}")
        @CsvSource({"proof-did-key-signed, VALID", "proof-tampered, INVALID"})
        void verifyAsTheirCaseSays(String name, ProofOutcome.Verdict verdict) throws Exception {
            JsonObject input = json(Files.readString(HOME.resolve("test-data/openbadges-v3").resolve(name).resolve("input.json")));
            assertThat(only(input).verdict()).isEqualTo(verdict);
        }
    }

    @Nested
    class OfficialSamples {
        private static final Path FORMATS = HOME.resolve("../shared/anchors/formats").normalize();

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "openbadges-v3/samples/1edtech-validator/simple.json, VALID",
            "openbadges-v3/samples/1edtech-validator/simple-did-key-method.json, VALID",
            "openbadges-v3/samples/1edtech-validator/simple-did-web-method.json, VALID",
            "openbadges-v3/samples/1edtech-validator/simple-context-version.json, VALID",
            "openbadges-v3/samples/1edtech-validator/simple-eddsa-2022.json, VALID",
            "openbadges-v3/samples/1edtech-validator/simple-err-proof-value.json, INVALID",
            "openbadges-v3/samples/1edtech-validator/simple-err-type.json, INVALID",
            "openbadges-v3/samples/1edtech-validator/simple-err-proof-method.json, NOT_CHECKED",
            "openbadges-v3/samples/1edtech-validator/simple_v1.json, NOT_CHECKED",
            "openbadges-v3/samples/1edtech-validator/sd/derivedcredential.json, NOT_CHECKED",
            "openbadges-v3/samples/1edtech-spec-examples/Basic_OpenBadgeCredential.json, VALID",
            // four nested endorsements, each with a proof in its own graph: refused before RDFC-1.0 counted related blank nodes as a list
            "openbadges-v3/samples/1edtech-spec-examples/Complete_OpenBadgeCredential.json, VALID",
            "clr-v2/samples/1edtech-validator/simple.json, VALID",
        })
        void verifyAsExpected(String sample, ProofOutcome.Verdict verdict) throws Exception {
            assumeTrue(Files.isDirectory(FORMATS), "../shared is absent: skipping the official samples");
            ProofOutcome outcome = PROOFS.verify(json(Files.readString(FORMATS.resolve(sample))), "$").get(0);
            assertThat(outcome.verdict()).as(outcome.detail()).isEqualTo(verdict);
        }

        @Test
        void aOneCharacterChangeToTheCompleteExampleMakesItsProofInvalid() throws Exception {
            assumeTrue(Files.isDirectory(FORMATS), "../shared is absent: skipping the official samples");
            String text = Files.readString(FORMATS.resolve("openbadges-v3/samples/1edtech-spec-examples/Complete_OpenBadgeCredential.json"));
            assertThat(text).contains("\"Major Domo\"");
            ProofOutcome outcome = PROOFS.verify(json(text.replace("\"Major Domo\"", "\"Major Domu\"")), "$").get(0);
            assertThat(outcome.verdict()).as(outcome.detail()).isEqualTo(INVALID);
        }

        @Test
        void multipleProofsAreEachChecked() throws Exception {
            assumeTrue(Files.isDirectory(FORMATS), "../shared is absent: skipping the official samples");
            JsonObject sample = json(Files.readString(FORMATS.resolve("openbadges-v3/samples/1edtech-validator/simple-multiple-proofs.json")));
            assertThat(PROOFS.verify(sample, "$")).extracting(ProofOutcome::verdict).containsExactly(NOT_CHECKED, VALID);
        }

        /** The tally the closing note reports: every proof of every OB 3.0 / CLR 2.0 sample, nested credentials included. */
        @Test
        void tallyOfEverySignedSample() throws Exception {
            assumeTrue(Files.isDirectory(FORMATS), "../shared is absent: skipping the official samples");
            Map<String, List<String>> tally = new TreeMap<>();
            for (String format : List.of("openbadges-v3", "clr-v2")) {
                try (Stream<Path> files = Files.walk(FORMATS.resolve(format).resolve("samples"))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("/schemas/")).toList()) {
                        JsonObject sample = json(Files.readString(file));
                        List<ProofOutcome> outcomes = new ArrayList<>(PROOFS.verify(sample, "$"));
                        if (sample.get("credentialSubject") instanceof JsonObject subject
                                && subject.get("verifiableCredential") instanceof jakarta.json.JsonArray nested) {
                            for (int i = 0; i < nested.size(); i++) {
                                outcomes.addAll(PROOFS.verify(nested.getJsonObject(i), "$.vc[" + i + "]"));
                            }
                        }
                        outcomes.forEach(o -> tally.computeIfAbsent(o.verdict().name(), v -> new ArrayList<>())
                                .add(FORMATS.relativize(file) + " " + o.location()));
                    }
                }
            }
            tally.forEach((verdict, proofs) -> System.out.println(verdict + " " + proofs.size() + ": " + proofs));
            assertThat(tally.get("VALID")).hasSizeGreaterThanOrEqualTo(19);
        }
    }

    private static ProofOutcome only(JsonObject document) throws ProofUnreadable {
        List<ProofOutcome> outcomes = PROOFS.verify(document, "$");
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private static JsonObject withProof(JsonObject document, JsonObject proof) {
        return Json.createObjectBuilder(document).add("proof", Json.createArrayBuilder().add(proof)).build();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
