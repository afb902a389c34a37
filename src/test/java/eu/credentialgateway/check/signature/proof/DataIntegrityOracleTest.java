package eu.credentialgateway.check.signature.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.Multibase;
import eu.credentialgateway.check.signature.DataIntegrityStage;
import eu.credentialgateway.trust.VerificationKeys;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Open Badges 3.0 / CLR 2.0 sample of {@code ../shared} that carries a proof, checked against an independent
 * implementation: jsonld.js toRDF + rdf-canonize RDFC-1.0 ({@code src/test/oracle}, run by node) with the official
 * contexts of {@code ../shared/anchors/formats/contexts}, where the gateway uses its own JSON-LD processor, its own
 * canonicaliser and its own term-table contexts.
 * <ul>
 *   <li>the canonical N-Quads of each credential (without proof) and of each proof's options are the same;</li>
 *   <li>the verdict on each eddsa proof is the one the independent N-Quads give (SHA-256 + the JDK's Ed25519): a
 *       sample is refused only where the independent implementation refuses it too;</li>
 *   <li>a one-character change to a signed credential's {@code name} makes its proof invalid.</li>
 * </ul>
 * Skips, saying why, when {@code ../shared} is absent or the oracle is not installed
 * ({@code npm ci --prefix src/test/oracle}; {@code .ci/run} does it).
 */
class DataIntegrityOracleTest {
    private static final Path HOME = Path.of(System.getProperty("user.dir"));
    private static final Path FORMATS = HOME.resolve("../shared/anchors/formats").normalize();
    private static final Path ORACLE = HOME.resolve("src/test/oracle");
    private static final ContextDocuments CONTEXTS = ContextDocuments.fromHome(HOME);
    private static final Rdfc RDFC = new Rdfc(CONTEXTS, Duration.ofSeconds(30));
    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs(CONTEXTS, Duration.ofSeconds(30));

    /** One credential the gateway checks proofs of: a sample, or a credential nested in a CLR. */
    private record Signed(String name, JsonObject credential) {
    }

    /**
     * Written for this test: numbers in every form JSON-LD toRdf turns into its own literal (integers, doubles in
     * canonical xsd:double form such as 1.5E0, the OB context's xsd:float, numbers under xsd:integer / xsd:decimal
     * terms, huge and tiny ones), a local context object, and an endorsement with its own @context and a proof graph.
     */
    private static final Map<String, JsonObject> CONSTRUCTED = Map.of("constructed: numbers, local contexts, a nested proof", json("""
            {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                {"plain": "https://example.org/terms/plain",
                 "dbl": {"@id": "https://example.org/terms/dbl", "@type": "http://www.w3.org/2001/XMLSchema#double"},
                 "whole": {"@id": "https://example.org/terms/whole", "@type": "http://www.w3.org/2001/XMLSchema#integer"},
                 "dec": {"@id": "https://example.org/terms/dec", "@type": "http://www.w3.org/2001/XMLSchema#decimal"}}],
             "id": "urn:uuid:8a3c1d52-0c4e-4b8e-9a51-0d6f3b1e2a77", "type": ["VerifiableCredential", "OpenBadgeCredential"],
             "name": "Rekenen", "validFrom": "2026-01-02T03:04:05Z",
             "issuer": {"id": "https://hogeschool.example.nl/issuer", "type": "Profile", "name": "Hogeschool",
               "endorsement": [{"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "https://accreditor.example.org/endorsements/1", "type": ["VerifiableCredential", "EndorsementCredential"],
                 "name": "Accredited", "validFrom": "2026-01-01T00:00:00Z",
                 "issuer": {"id": "https://accreditor.example.org", "type": "Profile", "name": "Accreditor"},
                 "credentialSubject": {"id": "https://hogeschool.example.nl/issuer", "type": "EndorsementSubject", "endorsementComment": "ok"},
                 "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "created": "2026-01-01T00:00:00Z",
                   "verificationMethod": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
                   "proofPurpose": "assertionMethod", "proofValue": "z3aBc"}}]},
             "credentialSubject": {"type": "AchievementSubject", "creditsEarned": 1.5,
               "achievement": {"id": "urn:uuid:0b7e3c4a-6f1d-4e2b-8c9a-3d5e7f1a2b4c", "type": "Achievement", "name": "Rekenen",
                 "description": "d", "criteria": {"narrative": "c"}, "creditsAvailable": 42}},
             "plain": [1, 1.0, 1.5, 0.1, -0.0, 1e21, 1.0E0, 123456789012345678901234567890, 2.5e-7, 100.0, true, false],
             "dbl": [1, 1.5, 10, 0.000001],
             "whole": [1, 2.5],
             "dec": [1, 1.5, 10.25]}
            """));

    private static List<Signed> signed;
    private static Map<String, JsonValue> oracle;

    @BeforeAll
    static void runTheOracleOnce() throws Exception {
        assumeTrue(Files.isDirectory(FORMATS), "../shared is absent: skipping the comparison with an independent implementation");
        assumeTrue(Files.isDirectory(ORACLE.resolve("node_modules/rdf-canonize")) && Files.isDirectory(ORACLE.resolve("node_modules/jsonld")),
                "the independent canonicaliser is not installed: run npm ci --prefix src/test/oracle");
        signed = signedCredentials();
        JsonObjectBuilder documents = Json.createObjectBuilder();
        for (Signed one : signed) {
            documents.add(one.name(), unsecured(one.credential()));
            List<JsonObject> proofs = proofs(one.credential());
            for (int i = 0; i < proofs.size(); i++) {
                documents.add(one.name() + " options " + i, options(proofs.get(i), one.credential()));
            }
        }
        CONSTRUCTED.forEach(documents::add);
        oracle = runOracle(Json.createObjectBuilder().add("contexts", FORMATS.resolve("contexts").toString())
                .add("documents", documents).build());
    }

    @Test
    void theCanonicalNQuadsAreTheSameAsTheIndependentImplementations() {
        List<String> compared = new ArrayList<>();
        List<String> different = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : oracle.entrySet()) {
            JsonObject document = document(entry.getKey());
            String ours;
            try {
                ours = RDFC.nquads(document);
            } catch (Rdfc.Failed e) {
                // a context the gateway does not serve (VC 1.1 era suites, draft CLR): it says proof-not-checked
                assertThat(e.contextNotServed()).as(entry.getKey() + ": " + e.getMessage()).isTrue();
                continue;
            }
            assertThat(entry.getValue()).as(entry.getKey() + ": the gateway canonicalised it, the independent implementation refused it")
                    .isInstanceOf(JsonString.class);
            compared.add(entry.getKey());
            if (!ours.equals(((JsonString) entry.getValue()).getString())) {
                different.add(entry.getKey());
            }
        }
        System.out.println("canonical N-Quads compared with jsonld.js + rdf-canonize: " + compared.size() + " documents, "
                + different.size() + " different " + different);
        assertThat(different).isEmpty();
        assertThat(compared).hasSizeGreaterThanOrEqualTo(40).containsAll(CONSTRUCTED.keySet());
    }

    @Test
    void everyProofHasTheVerdictTheIndependentNQuadsGive() throws Exception {
        Map<String, List<String>> tally = new TreeMap<>();
        for (Signed one : signed) {
            List<JsonObject> proofs = proofs(one.credential());
            List<ProofOutcome> outcomes = PROOFS.verify(one.credential(), "$");
            for (int i = 0; i < proofs.size(); i++) {
                ProofOutcome ours = outcomes.get(i);
                tally.computeIfAbsent(ours.verdict().name(), v -> new ArrayList<>()).add(one.name() + " proof " + i);
                if (ours.verdict() == ProofOutcome.Verdict.NOT_CHECKED) {
                    continue;
                }
                Boolean independent = independentVerdict(one, proofs.get(i), i);
                assertThat(independent).as(one.name() + " proof " + i + ": the independent implementation could not read it").isNotNull();
                assertThat(ours.verdict()).as(one.name() + " proof " + i + ": " + ours.detail())
                        .isEqualTo(independent ? ProofOutcome.Verdict.VALID : ProofOutcome.Verdict.INVALID);
            }
        }
        tally.forEach((verdict, proofs) -> System.out.println(verdict + " " + proofs.size() + ": " + proofs));
        // 19 valid, among them the 1EdTech Complete_OpenBadgeCredential; the 12 invalid are the 1EdTech validator's
        // negative samples (simple-err-*: edited after signing), refused by the independent N-Quads as well
        assertThat(tally.get("VALID")).hasSizeGreaterThanOrEqualTo(19)
                .contains("openbadges-v3/samples/1edtech-spec-examples/Complete_OpenBadgeCredential.json proof 0");
        assertThat(tally.getOrDefault("INVALID", List.of())).allMatch(proof -> proof.contains("/simple-err-"));
    }

    @Test
    void aOneCharacterChangeMakesEveryValidProofInvalid() throws Exception {
        int tampered = 0;
        for (Signed one : signed) {
            List<ProofOutcome> outcomes = PROOFS.verify(one.credential(), "$");
            if (outcomes.stream().noneMatch(o -> o.verdict() == ProofOutcome.Verdict.VALID)) {
                continue;
            }
            assertThat(one.credential().get("name")).as(one.name()).isInstanceOf(JsonString.class);
            String name = one.credential().getString("name");
            String changed = name.substring(0, name.length() - 1) + (name.endsWith("x") ? "y" : "x");
            JsonObject edited = Json.createObjectBuilder(one.credential()).add("name", changed).build();
            List<ProofOutcome> after = PROOFS.verify(edited, "$");
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).verdict() == ProofOutcome.Verdict.VALID) {
                    assertThat(after.get(i).verdict()).as(one.name() + " proof " + i + " after a change to name").isEqualTo(ProofOutcome.Verdict.INVALID);
                    tampered++;
                }
            }
        }
        assertThat(tampered).isGreaterThanOrEqualTo(19);
    }

    /**
     * Unseen credentials signed by the independent implementation (its canonical N-Quads, the JDK's Ed25519): an Open
     * Badge whose four endorsements each carry the same copied proof (as the 1EdTech example does: the proof nodes tie,
     * only the graphs they sit in tell them apart), and a CLR whose three achievement credentials are each signed with
     * the same key at the same time (VC 2.0 puts each in a graph of its own, its proof in another). The gateway finds
     * every proof valid, and a changed name invalid.
     */
    @Test
    void unseenCredentialsWithSignedNestedCredentialsSignedByTheIndependentImplementationVerify() throws Exception {
        KeyPair key = ProofSigner.newKey();
        JsonObject copiedProof = ProofSigner.proofOptions("eddsa-rdfc-2022", ProofSigner.didKey(ProofSigner.newKey()), "2026-01-01T00:00:00Z")
                .add("proofValue", "z" + ProofSigner.base58(new byte[64])).build();
        JsonArrayBuilder endorsements = Json.createArrayBuilder();
        for (int i = 1; i <= 4; i++) {
            endorsements.add(Json.createObjectBuilder(json("""
                    {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                     "id": "https://accreditor.example.org/endorsements/%d", "type": ["VerifiableCredential", "EndorsementCredential"],
                     "name": "Accredited", "validFrom": "2026-01-01T00:00:00Z",
                     "issuer": {"id": "https://accreditor.example.org", "type": ["Profile"], "name": "Accreditor"},
                     "credentialSubject": {"id": "https://hogeschool.example.nl/issuer", "type": ["EndorsementSubject"], "endorsementComment": "ok"}}
                    """.formatted(i))).add("proof", Json.createArrayBuilder().add(copiedProof)));
        }
        JsonObject badge = Json.createObjectBuilder(json(ProofFixtures.UNSIGNED)).add("endorsement", endorsements).build();
        JsonObject signedBadge = signedByOracle(badge, key);
        assertThat(PROOFS.verify(signedBadge, "$")).extracting(ProofOutcome::verdict).containsExactly(ProofOutcome.Verdict.VALID);
        assertThat(PROOFS.verify(Json.createObjectBuilder(signedBadge).add("name", "Samenwerken in projecten!").build(), "$"))
                .extracting(ProofOutcome::verdict).containsExactly(ProofOutcome.Verdict.INVALID);

        JsonArrayBuilder achievements = Json.createArrayBuilder();
        for (int i = 1; i <= 3; i++) {
            achievements.add(signedByOracle(Json.createObjectBuilder(json(ProofFixtures.UNSIGNED))
                    .add("id", "https://hogeschool.example.nl/credentials/" + i).build(), key));
        }
        JsonObject clr = signedByOracle(Json.createObjectBuilder(json("""
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"],
                 "id": "https://hogeschool.example.nl/clr/1", "type": ["VerifiableCredential", "ClrCredential"],
                 "name": "Transcript", "validFrom": "2026-01-02T03:04:05Z",
                 "issuer": {"id": "https://hogeschool.example.nl/issuer", "type": ["Profile"], "name": "Hogeschool Voorbeeld"},
                 "credentialSubject": {}}
                """)).add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:student-0815")
                        .add("type", Json.createArrayBuilder().add("ClrSubject")).add("verifiableCredential", achievements)).build(), key);
        assertThat(PROOFS.verify(clr, "$")).extracting(ProofOutcome::verdict).containsExactly(ProofOutcome.Verdict.VALID);
        JsonArray nested = clr.getJsonObject("credentialSubject").getJsonArray("verifiableCredential");
        for (int i = 0; i < nested.size(); i++) {
            assertThat(PROOFS.verify(nested.getJsonObject(i), "$")).extracting(ProofOutcome::verdict).containsExactly(ProofOutcome.Verdict.VALID);
        }
        assertThat(PROOFS.verify(Json.createObjectBuilder(clr).add("name", "Transcripts").build(), "$"))
                .extracting(ProofOutcome::verdict).containsExactly(ProofOutcome.Verdict.INVALID);
    }

    /** {@code unsecured} with an eddsa-rdfc-2022 proof by {@code key} over the independent implementation's N-Quads. */
    private static JsonObject signedByOracle(JsonObject unsecured, KeyPair key) throws Exception {
        JsonObject options = ProofSigner.proofOptions("eddsa-rdfc-2022", ProofSigner.didKey(key), "2026-01-02T03:04:05Z").build();
        Map<String, JsonValue> nquads = runOracle(Json.createObjectBuilder().add("contexts", FORMATS.resolve("contexts").toString())
                .add("documents", Json.createObjectBuilder().add("document", unsecured).add("options", options(options, unsecured))).build());
        assertThat(nquads.values()).allMatch(JsonString.class::isInstance);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] signed = new byte[64];
        System.arraycopy(sha256.digest(((JsonString) nquads.get("options")).getString().getBytes(StandardCharsets.UTF_8)), 0, signed, 0, 32);
        System.arraycopy(sha256.digest(((JsonString) nquads.get("document")).getString().getBytes(StandardCharsets.UTF_8)), 0, signed, 32, 32);
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key.getPrivate());
        ed25519.update(signed);
        JsonObject proof = Json.createObjectBuilder(options).add("proofValue", "z" + ProofSigner.base58(ed25519.sign())).build();
        return Json.createObjectBuilder(unsecured).add("proof", Json.createArrayBuilder().add(proof)).build();
    }

    /**
     * The canonicaliser alone, on 500 made-up datasets full of blank nodes that tie: few predicates and literals, blank
     * nodes as graph names, the same node met in several quads. (titanium-rdfc 2.0.0 differs from rdf-canonize on about
     * half of such datasets.)
     */
    @Test
    void randomDatasetsWithManyAlikeBlankNodesGetTheSameCanonicalForm() throws Exception {
        Random random = new Random(1414);
        JsonObjectBuilder datasets = Json.createObjectBuilder();
        Map<String, String> made = new LinkedHashMap<>();
        for (int n = 0; n < 500; n++) {
            String dataset = randomDataset(random);
            made.put("dataset " + n, dataset);
            datasets.add("dataset " + n, dataset);
        }
        Map<String, JsonValue> independent = runOracle(Json.createObjectBuilder().add("nquads", datasets).build());
        List<String> different = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, String> dataset : made.entrySet()) {
            if (independent.get(dataset.getKey()) instanceof JsonString expected) {
                compared++;
                if (!Rdfc10Test.canonical(dataset.getValue()).equals(expected.getString())) {
                    different.add(dataset.getKey() + ":\n" + dataset.getValue());
                }
            }
        }
        assertThat(different).as("datasets canonicalised otherwise than by rdf-canonize").isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(450);
    }

    /** 4 to 20 quads over 3 to 9 blank nodes, 0 to 3 blank graph names, one predicate mostly. */
    private static String randomDataset(Random random) {
        int blanks = 3 + random.nextInt(7);
        int graphs = random.nextInt(4);
        java.util.Set<String> quads = new java.util.TreeSet<>();
        int count = 4 + random.nextInt(17);
        for (int i = 0; i < count; i++) {
            String subject = random.nextInt(blanks + 1) == blanks ? "<urn:x>" : "_:b" + random.nextInt(blanks);
            String predicate = random.nextInt(5) == 0 ? "<urn:q>" : "<urn:p>";
            int pick = random.nextInt(blanks + 4);
            String object = pick < blanks ? "_:b" + pick : List.of("<urn:x>", "<urn:y>", "\"v\"", "\"w\"").get(pick - blanks);
            int graph = random.nextInt(graphs + 2);
            String name = graph < graphs ? " _:g" + graph : graph == graphs ? "" : " <urn:g>";
            quads.add(subject + " " + predicate + " " + object + name + " .\n");
        }
        return String.join("", quads);
    }

    /** True / false as the oracle's canonical N-Quads and the JDK's Ed25519 say; null when the oracle refused a part. */
    private static Boolean independentVerdict(Signed one, JsonObject proof, int index) throws Exception {
        if (!(oracle.get(one.name()) instanceof JsonString document) || !(oracle.get(one.name() + " options " + index) instanceof JsonString options)) {
            return null;
        }
        VerificationKeys.Resolved key = VerificationKeys.resolve(proof.get("verificationMethod"), one.credential());
        byte[] signature = proof.get("proofValue") instanceof JsonString value ? Multibase.decode(value.getString()).orElse(new byte[0]) : new byte[0];
        if (key.key() == null || signature.length != 64) {
            return false;
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] signed = new byte[64];
        System.arraycopy(sha256.digest(options.getString().getBytes(StandardCharsets.UTF_8)), 0, signed, 0, 32);
        System.arraycopy(sha256.digest(document.getString().getBytes(StandardCharsets.UTF_8)), 0, signed, 32, 32);
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key.key());
        ed25519.update(signed);
        return ed25519.verify(signature);
    }

    /** The samples and the credentials nested in CLRs that carry a proof, as {@code DataIntegrityStage} checks them. */
    private static List<Signed> signedCredentials() throws IOException {
        List<Signed> all = new ArrayList<>();
        for (String format : List.of("openbadges-v3", "clr-v2")) {
            try (Stream<Path> files = Files.walk(FORMATS.resolve(format).resolve("samples"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    JsonObject sample = Json.createReader(new StringReader(Files.readString(file))).readObject();
                    String name = FORMATS.relativize(file).toString();
                    if (sample.containsKey("proof")) {
                        all.add(new Signed(name, sample));
                    }
                    if (sample.get("credentialSubject") instanceof JsonObject subject
                            && subject.get("verifiableCredential") instanceof JsonArray nested) {
                        for (int i = 0; i < nested.size(); i++) {
                            if (nested.get(i) instanceof JsonObject inner && inner.containsKey("proof")) {
                                all.add(new Signed(name + " $.credentialSubject.verifiableCredential[" + i + "]", inner));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    private static List<JsonObject> proofs(JsonObject credential) {
        JsonValue proof = credential.get("proof");
        List<JsonObject> proofs = new ArrayList<>();
        if (proof instanceof JsonObject single) {
            proofs.add(single);
        } else if (proof instanceof JsonArray array) {
            array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).forEach(proofs::add);
        }
        return proofs;
    }

    private static JsonObject unsecured(JsonObject credential) {
        return Json.createObjectBuilder(credential).remove("proof").build();
    }

    /** The proof without proofValue, with the credential's @context (Data Integrity 1.0, eddsa-rdfc-2022 3.3.x). */
    private static JsonObject options(JsonObject proof, JsonObject credential) {
        JsonObjectBuilder options = Json.createObjectBuilder(proof).remove("proofValue");
        if (credential.containsKey("@context")) {
            options.add("@context", credential.get("@context"));
        }
        return options.build();
    }

    /** The document an oracle entry was made from. */
    private static JsonObject document(String key) {
        if (CONSTRUCTED.containsKey(key)) {
            return CONSTRUCTED.get(key);
        }
        for (Signed one : signed) {
            if (key.equals(one.name())) {
                return unsecured(one.credential());
            }
            if (key.startsWith(one.name() + " options ")) {
                int index = Integer.parseInt(key.substring((one.name() + " options ").length()));
                return options(proofs(one.credential()).get(index), one.credential());
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static Map<String, JsonValue> runOracle(JsonObject input) throws Exception {
        Process node;
        try {
            node = new ProcessBuilder("node", ORACLE.resolve("canonize.js").toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not on the PATH: skipping the comparison with an independent implementation");
            throw e;
        }
        try (OutputStream stdin = node.getOutputStream()) {
            stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("the oracle ended").isTrue();
        assertThat(node.exitValue()).as("the oracle's exit code").isZero();
        return new LinkedHashMap<>(Json.createReader(new StringReader(output)).readObject());
    }
}
