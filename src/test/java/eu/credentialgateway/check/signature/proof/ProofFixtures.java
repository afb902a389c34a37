package eu.credentialgateway.check.signature.proof;

import eu.credentialgateway.jsonld.ContextDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/**
 * Writes the project's own signed Open Badges 3.0 fixtures: {@code test-data/openbadges-v3/proof-did-key-signed/}
 * (a credential signed with a fresh throw-away Ed25519 key named as did:key; the private key is never stored) and
 * {@code proof-tampered/} (the same signed credential with the achievement's name changed: proof-invalid); with the
 * argument {@code jwt} only {@code vc-jwt-eddsa/input.jwt} (the unsigned credential as a VC-JWT, EdDSA, did:key kid). Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=eu.credentialgateway.check.signature.proof.ProofFixtures [-Dexec.args=jwt]},
 * then regenerate the converting case's expected.ttl ({@code -Dgateway.regenerate=openbadges-v3/proof-did-key-signed} on AdapterCasesTest).
 */
public final class ProofFixtures {
    static final String UNSIGNED = """
            {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "id": "https://hogeschool.example.nl/credentials/7d1e",
             "type": ["VerifiableCredential", "OpenBadgeCredential"],
             "issuer": {"id": "https://hogeschool.example.nl/issuer", "type": ["Profile"], "name": "Hogeschool Voorbeeld"},
             "validFrom": "2025-09-01T09:00:00Z",
             "name": "Samenwerken in projecten",
             "description": "Zusammenarbeit in Projektteams – Teamarbeit über Ländergrenzen",
             "credentialSubject": {"id": "did:example:student-0815", "type": ["AchievementSubject"], "creditsEarned": 3,
               "achievement": {"id": "https://hogeschool.example.nl/achievements/samenwerken", "type": ["Achievement"],
                 "name": "Samenwerken in projecten", "description": "De student werkt doelgericht samen in een projectteam.",
                 "criteria": {"narrative": "Projectopdracht met peer-review afgerond."}, "inLanguage": "nl"}}}
            """;

    private ProofFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(".");
        if (args.length > 0 && args[0].equals("jwt")) {
            KeyPair key = ProofSigner.newKey();
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String kid = ProofSigner.didKey(key);
            String payload = Json.createReader(new StringReader(UNSIGNED)).readObject().toString();
            String input = b64.encodeToString(("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                    .getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key.getPrivate());
            ed25519.update(input.getBytes(StandardCharsets.US_ASCII));
            Path file = home.resolve("test-data/openbadges-v3/vc-jwt-eddsa/input.jwt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, input + "." + b64.encodeToString(ed25519.sign()) + "\n");
            return;
        }
        ProofSigner signer = new ProofSigner(ContextDocuments.fromHome(home));
        KeyPair key = ProofSigner.newKey();
        JsonObject signed = signer.sign(Json.createReader(new StringReader(UNSIGNED)).readObject(), key, ProofSigner.didKey(key));
        Path cases = home.resolve("test-data/openbadges-v3");
        write(cases.resolve("proof-did-key-signed/input.json"), signed);
        JsonObject subject = signed.getJsonObject("credentialSubject");
        JsonObject tampered = Json.createObjectBuilder(signed).add("credentialSubject", Json.createObjectBuilder(subject)
                .add("achievement", Json.createObjectBuilder(subject.getJsonObject("achievement"))
                        .add("name", "Samenwerken in projecten (met lof)"))).build();
        write(cases.resolve("proof-tampered/input.json"), tampered);
        Files.writeString(cases.resolve("proof-tampered/expected-errors.json"),
                "[\n  {\"stage\": \"check\", \"code\": \"proof-invalid\", \"location\": \"$.proof[0]\"}\n]\n");
    }

    private static void write(Path file, JsonObject json) throws IOException {
        Files.createDirectories(file.getParent());
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.writeObject(json);
        }
        Files.writeString(file, text.toString().strip() + "\n", StandardCharsets.UTF_8);
    }
}
