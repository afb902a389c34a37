package eu.credentialgateway.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * JSON and JSON-LD documents built to hurt: nesting, number, duplicate-key and encoding tricks for every JSON format
 * (Open Badges 2.0 and 3.0, CLR 2.0), JSON-LD context tricks, hostile OB 2.0 JWS headers, and semantic nonsense in
 * otherwise good badges and CLRs.
 */
final class JsonCases {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonCases() {
    }

    /** A good OB 3.0 credential (VC 2.0) about the planted learner. */
    static ObjectNode goodOb3() {
        ObjectNode badge = (ObjectNode) read("test-data/openbadges-v3/vc2-results-credits/input.json");
        ObjectNode subject = (ObjectNode) badge.get("credentialSubject");
        subject.put("id", "urn:x-learner:" + Learner.ID);
        ArrayNode identifier = subject.putArray("identifier");
        identifier.addObject().put("type", "IdentityObject").put("hashed", false).put("identityHash", Learner.EMAIL)
                .put("identityType", "emailAddress");
        return badge;
    }

    /** A good OB 2.0 assertion (badge and issuer embedded) for the planted learner's e-mail. */
    static ObjectNode goodOb2() {
        ObjectNode assertion = (ObjectNode) read("test-data/openbadges-v2/embedded-hashed-recipient/input.json");
        ObjectNode recipient = (ObjectNode) assertion.get("recipient");
        recipient.put("hashed", false).put("identity", Learner.EMAIL).remove("salt");
        return assertion;
    }

    static ObjectNode goodClr() {
        ObjectNode clr = (ObjectNode) read("test-data/clr-v2/two-credentials-with-association/input.json");
        ((ObjectNode) clr.get("credentialSubject")).put("id", "urn:x-learner:" + Learner.ID);
        return clr;
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(generic("openbadges-v2", goodOb2()));
        cases.addAll(generic("openbadges-v3", goodOb3()));
        cases.addAll(generic("clr-v2", goodClr()));
        cases.addAll(ob3Nonsense());
        cases.addAll(contexts());
        cases.addAll(ob2Nonsense());
        cases.addAll(ob2Jws());
        cases.addAll(clrNonsense());
        return cases;
    }

    private static HostileCase json(String format, String what, String text) {
        return HostileCase.conversion(format, what, "application/json", text);
    }

    private static HostileCase json(String format, String what, byte[] bytes) {
        return HostileCase.conversion(format, what, "application/json", bytes);
    }

    private static HostileCase json(String format, String what, ObjectNode good, Consumer<ObjectNode> change) {
        ObjectNode copy = good.deepCopy();
        change.accept(copy);
        return json(format, what, write(copy));
    }

    /** Attacks on the JSON itself, the same for every JSON format. */
    static List<HostileCase> generic(String format, ObjectNode good) {
        String text = write(good);
        String open = text.substring(0, text.length() - 1);
        List<HostileCase> cases = new ArrayList<>();
        cases.add(json(format, "depth-10000-arrays", open + ", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
        cases.add(json(format, "depth-65-objects", open + ", \"x\": " + "{\"a\":".repeat(65) + "1" + "}".repeat(65) + "}"));
        cases.add(json(format, "number-1e999999999", open + ", \"x\": 1E999999999}"));
        cases.add(json(format, "number-5000-digits", open + ", \"x\": " + "9".repeat(5_000) + "}"));
        cases.add(json(format, "number-nan", open + ", \"x\": NaN}"));
        cases.add(json(format, "number-infinity", open + ", \"x\": -Infinity}"));
        cases.add(json(format, "number-leading-zeros", open + ", \"x\": 007}"));
        cases.add(json(format, "duplicate-key-top", open + ", \"type\": [\"VerifiableCredential\"]}"));
        cases.add(json(format, "duplicate-key-deep", open + ", \"x\": {\"a\": {\"b\": 1, \"b\": 2}}}"));
        cases.add(json(format, "key-2000-characters", open + ", \"" + "k".repeat(2_000) + "\": 1}"));
        cases.add(json(format, "truncated", text.substring(0, text.length() / 2)));
        cases.add(json(format, "trailing-garbage", text + " {\"more\": 1}"));
        cases.add(json(format, "single-quotes", text.replace('"', '\'')));
        cases.add(json(format, "comment", "/* hello */" + text));
        cases.add(json(format, "lone-surrogate-escape", open + ", \"x\": \"\\uD800\"}"));
        cases.add(json(format, "utf16le-without-bom", text.getBytes(StandardCharsets.UTF_16LE)));
        cases.add(json(format, "latin1", (open + ", \"x\": \"Quellborough\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(json(format, "overlong-quote", XmlCases.concat((open + ", \"x\": \"").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xA2, '"', '}'})));
        cases.add(json(format, "array-of-a-million-numbers", millionNumbers()));
        cases.add(json(format, "bare-string", "\"" + Learner.FAMILY + "\""));
        cases.add(json(format, "null", "null"));
        cases.add(json(format, "empty", ""));
        return cases;
    }

    /** OB 3.0 credentials whose JSON is fine but whose content no real badge holds. */
    static List<HostileCase> ob3Nonsense() {
        ObjectNode good = goodOb3();
        String f = "openbadges-v3";
        List<HostileCase> cases = new ArrayList<>();
        cases.add(json(f, "credits-negative", good, b -> subject(b).put("creditsEarned", -5)));
        cases.add(json(f, "credits-5000", good, b -> subject(b).put("creditsEarned", 5000)));
        cases.add(json(f, "credits-1e300", good, b -> subject(b).put("creditsEarned", 1e300)));
        cases.add(json(f, "credits-text", good, b -> subject(b).put("creditsEarned", "lots")));
        cases.add(json(f, "valid-from-year-99999", good, b -> b.put("validFrom", "99999-07-01T10:00:00Z")));
        cases.add(json(f, "valid-from-year-minus-44", good, b -> b.put("validFrom", "-0044-03-15T10:00:00Z")));
        cases.add(json(f, "valid-from-not-a-date", good, b -> b.put("validFrom", "the ides of March")));
        cases.add(json(f, "name-replacement-character", good, b -> b.put("name", "Statistique \uFFFD appliquée")));
        cases.add(json(f, "no-issuer", good, b -> b.remove("issuer")));
        cases.add(json(f, "issuer-a-bare-url", good, b -> b.put("issuer", "https://evil.example/issuer")));
        cases.add(json(f, "type-not-a-badge", good, b -> b.putArray("type").add("VerifiableCredential")));
        cases.add(json(f, "subject-an-array-of-1000", good, b -> {
            ArrayNode many = b.putArray("credentialSubject");
            for (int i = 0; i < 1000; i++) {
                many.add(subject(good).deepCopy());
            }
        }));
        cases.add(json(f, "two-credentials", "[" + write(good) + "," + write(good) + "]"));
        return cases;
    }

    /** JSON-LD context tricks: a remote first context, no OB context, and legal JSON-LD 1.1 that breaks a signed credential. */
    static List<HostileCase> contexts() {
        ObjectNode good = goodOb3();
        ObjectNode signed = (ObjectNode) read("test-data/openbadges-v3/proof-did-key-signed/input.json");
        String f = "openbadges-v3";
        List<HostileCase> cases = new ArrayList<>();
        cases.add(json(f, "context-remote-first", good, b -> ((ArrayNode) b.get("@context")).insert(0, "https://127.0.0.1:9/evil-context.jsonld")));
        cases.add(json(f, "context-remote-only", good, b -> b.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://127.0.0.1:9/evil-context.jsonld")));
        cases.add(json(f, "context-a-string-not-a-list", good, b -> b.put("@context", "https://127.0.0.1:9/evil-context.jsonld")));
        cases.add(json(f, "context-file-url", good, b -> ((ArrayNode) b.get("@context")).insert(0, "file:///etc/passwd")));
        cases.add(json(f, "signed-context-import", signed, b -> ((ArrayNode) b.get("@context")).addObject()
                .put("@import", "https://127.0.0.1:9/evil-context.jsonld")));
        cases.add(json(f, "signed-context-protected-redefinition", signed, b -> ((ArrayNode) b.get("@context")).addObject()
                .putObject("name").put("@id", "urn:x:name").put("@protected", true)));
        cases.add(json(f, "signed-context-redefines-id", signed, b -> ((ArrayNode) b.get("@context")).addObject().put("id", "urn:x:redefined")));
        cases.add(json(f, "signed-content-changed", signed, b -> b.put("name", "Samenwerken in projecten (changed)")));
        cases.add(json(f, "signed-proof-value-garbage", signed, b -> ((ObjectNode) b.get("proof").get(0)).put("proofValue", "z!!!!")));
        cases.add(json(f, "signed-proof-key-not-a-did", signed, b -> ((ObjectNode) b.get("proof").get(0))
                .put("verificationMethod", "did:key:z6Mk" + "1".repeat(40) + "#x")));
        return cases;
    }

    static List<HostileCase> ob2Nonsense() {
        ObjectNode good = goodOb2();
        String f = "openbadges-v2";
        List<HostileCase> cases = new ArrayList<>();
        cases.add(json(f, "issued-on-year-99999", good, b -> b.put("issuedOn", "99999-03-14T09:30:00Z")));
        cases.add(json(f, "issued-on-year-minus-44", good, b -> b.put("issuedOn", "-0044-03-15T09:30:00Z")));
        cases.add(json(f, "issued-on-not-a-date", good, b -> b.put("issuedOn", "soon")));
        cases.add(json(f, "no-badge", good, b -> b.remove("badge")));
        cases.add(json(f, "badge-a-remote-url", good, b -> b.put("badge", "http://127.0.0.1:9/badge.json")));
        cases.add(json(f, "name-replacement-character", good, b -> ((ObjectNode) b.get("badge")).put("name", "Bijen \uFFFD houden")));
        cases.add(json(f, "context-remote", good, b -> b.put("@context", "https://127.0.0.1:9/evil-context.jsonld")));
        return cases;
    }

    /** OB 2.0 signed assertions (compact JWS in the request) with hostile headers. */
    static List<HostileCase> ob2Jws() {
        String payload = Jws.b64(write(goodOb2()));
        String f = "openbadges-v2";
        List<HostileCase> cases = new ArrayList<>();
        for (Jws.Header header : Jws.hostileHeaders()) {
            cases.add(json(f, "jws-" + header.name(), "[\"" + Jws.b64(header.json()) + "." + payload + "." + Jws.b64("not a signature") + "\"]"));
        }
        cases.add(json(f, "jws-payload-not-json", "[\"" + Jws.b64("{\"alg\":\"RS256\"}") + "." + Jws.b64("not json") + "." + Jws.b64("sig") + "\"]"));
        return cases;
    }

    static List<HostileCase> clrNonsense() {
        ObjectNode good = goodClr();
        String f = "clr-v2";
        List<HostileCase> cases = new ArrayList<>();
        cases.add(json(f, "nested-credits-negative", good, b -> ((ObjectNode) b.at("/credentialSubject/verifiableCredential/0/credentialSubject"))
                .put("creditsEarned", -30)));
        cases.add(json(f, "nested-valid-from-year-99999", good, b -> ((ObjectNode) b.at("/credentialSubject/verifiableCredential/0"))
                .put("validFrom", "99999-01-01T00:00:00Z")));
        cases.add(json(f, "no-issuer", good, b -> b.remove("issuer")));
        cases.add(json(f, "association-to-nowhere", good, b -> ((ArrayNode) b.at("/credentialSubject/association")).addObject()
                .put("type", "Association").put("associationType", "isParentOf").put("sourceId", "urn:x:nowhere").put("targetId", "urn:x:nothing")));
        cases.add(json(f, "nested-credential-a-string", good, b -> ((ArrayNode) b.at("/credentialSubject/verifiableCredential")).set(0,
                JSON.getNodeFactory().textNode("eyJhbGciOiJub25lIn0.e30."))));
        return cases;
    }

    private static ObjectNode subject(ObjectNode badge) {
        return (ObjectNode) badge.get("credentialSubject");
    }

    /** A JSON array of a million numbers (2 MB): once five million findings and an OutOfMemoryError. */
    static byte[] millionNumbers() {
        StringBuilder body = new StringBuilder(2_000_002).append('[');
        for (int i = 0; i < 1_000_000; i++) {
            body.append(i == 0 ? "0" : ",0");
        }
        return body.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    static com.fasterxml.jackson.databind.JsonNode read(String path) {
        try {
            return JSON.readTree(XmlCases.read(path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(path, e);
        }
    }

    static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
