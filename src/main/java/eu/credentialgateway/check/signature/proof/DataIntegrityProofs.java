package eu.credentialgateway.check.signature.proof;

import com.apicatalog.jsonld.loader.DocumentLoader;
import eu.credentialgateway.Multibase;
import eu.credentialgateway.trust.VerificationKeys;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Verifies the W3C Data Integrity proofs of a JSON-LD document (a Verifiable Credential), offline.
 *
 * <p>Supported: {@code DataIntegrityProof} with cryptosuite {@code eddsa-rdfc-2022} (W3C Data Integrity EdDSA
 * Cryptosuites v1.0) and its draft name {@code eddsa-2022} (the same algorithm): the proof options (the proof
 * without {@code proofValue}, with the document's {@code @context}) and the document without {@code proof} are each
 * canonicalised with RDFC-1.0 and hashed with SHA-256; Ed25519 verifies {@code proofValue} (base58btc) over
 * hash(options) || hash(document). Keys: see {@link VerificationKeys}. Every proof of a proof set is checked on its
 * own; a proof naming {@code previousProof} is checked over the document holding the proofs it names.
 *
 * <p>Not checked (verdict NOT_CHECKED, with the reason): other proof types and cryptosuites (e.g.
 * {@code Ed25519Signature2020}, {@code ecdsa-sd-2023}), keys that would have to be fetched, a context the gateway
 * does not serve. One instance serves many threads.
 */
public final class DataIntegrityProofs {
    /** Cryptosuites of {@code DataIntegrityProof} this class verifies: the v1.0 name and its draft name. */
    public static final Set<String> SUITES = Set.of("eddsa-rdfc-2022", "eddsa-2022");

    private final Rdfc rdfc;

    /**
     * @param contexts the only source of JSON-LD contexts (the gateway's {@code ContextDocuments})
     * @param timeout  longest JSON-LD expansion, and longest canonicalisation, of one document
     */
    public DataIntegrityProofs(DocumentLoader contexts, Duration timeout) {
        this.rdfc = new Rdfc(contexts, timeout);
    }

    /**
     * One outcome per proof of {@code document} ({@code proof}: an object or an array), in order; none when it has
     * no proof. {@code path} is the document's own JSON path ({@code $} for a whole input).
     *
     * @throws ProofUnreadable when the document is no JSON-LD the processor can read (not for a missing context)
     */
    public List<ProofOutcome> verify(JsonObject document, String path) throws ProofUnreadable {
        JsonValue proofs = document.get("proof");
        List<JsonObject> all = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        if (proofs instanceof JsonObject single) {
            all.add(single);
            locations.add(path + ".proof");
        } else if (proofs instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject proof) {
                    all.add(proof);
                    locations.add(path + ".proof[" + i + "]");
                }
            }
        }
        List<ProofOutcome> outcomes = new ArrayList<>();
        JsonObject unsecured = null;
        byte[] documentHash = null;
        for (int i = 0; i < all.size(); i++) {
            JsonObject proof = all.get(i);
            String location = locations.get(i);
            String type = text(proof, "type");
            String suite = text(proof, "cryptosuite");
            String name = suite != null ? suite : type == null ? "(no type)" : type;
            String method = proof.get("verificationMethod") instanceof JsonString m ? m.getString()
                    : proof.get("verificationMethod") instanceof JsonObject m ? nullToEmpty(text(m, "id")) : "";
            if (!"DataIntegrityProof".equals(type) || suite == null || !SUITES.contains(suite)) {
                outcomes.add(new ProofOutcome(ProofOutcome.Verdict.NOT_CHECKED, location, name, method,
                        "proof type " + (type == null ? "(none)" : type) + (suite == null ? "" : " with cryptosuite " + suite)
                                + " is not verified by the gateway (it verifies DataIntegrityProof " + String.join(" / ", SUITES.stream().sorted().toList()) + ")"));
                continue;
            }
            try {
                JsonObject withoutProof = withPrevious(document, proof, all);
                byte[] hash;
                if (withoutProof == null) {
                    if (unsecured == null) {
                        unsecured = Json.createObjectBuilder(document).remove("proof").build();
                        documentHash = rdfc.hash(unsecured);
                    }
                    hash = documentHash;
                } else {
                    hash = rdfc.hash(withoutProof);
                }
                outcomes.add(check(proof, document, hash, location, suite, method));
            } catch (Rdfc.Failed e) {
                if (!e.contextNotServed()) {
                    throw new ProofUnreadable(e.getMessage(), location);
                }
                outcomes.add(new ProofOutcome(ProofOutcome.Verdict.NOT_CHECKED, location, suite, method, e.getMessage()));
            }
        }
        return outcomes;
    }

    private ProofOutcome check(JsonObject proof, JsonObject document, byte[] documentHash, String location, String suite,
                               String method) throws Rdfc.Failed {
        JsonValue context = document.get("@context");
        if (proof.containsKey("@context") && !startsWith(context, proof.get("@context"))) {
            return invalid(location, suite, method, "the proof's own @context is not the start of the document's @context");
        }
        byte[] signature = proof.get("proofValue") instanceof JsonString value
                ? Multibase.decode(value.getString()).filter(v -> value.getString().startsWith("z")).orElse(null) : null;
        if (signature == null || signature.length != 64) {
            return invalid(location, suite, method, "proofValue is not a base58btc (z...) Ed25519 signature of 64 bytes");
        }
        VerificationKeys.Resolved key = VerificationKeys.resolve(proof.get("verificationMethod"), document);
        if (key.key() == null) {
            return new ProofOutcome(ProofOutcome.Verdict.NOT_CHECKED, location, suite, method, key.problem());
        }
        var options = Json.createObjectBuilder(proof).remove("proofValue");
        if (context != null) {
            options.add("@context", context);
        }
        byte[] optionsHash = rdfc.hash(options.build());
        byte[] signed = new byte[64];
        System.arraycopy(optionsHash, 0, signed, 0, 32);
        System.arraycopy(documentHash, 0, signed, 32, 32);
        boolean valid;
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key.key());
            ed25519.update(signed);
            valid = ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            valid = false;
        }
        return valid ? new ProofOutcome(ProofOutcome.Verdict.VALID, location, suite, method, key.how(), key.key())
                : invalid(location, suite, method, "the Ed25519 signature does not verify with " + key.how()
                        + ": the credential was changed after it was signed, or signed with another key");
    }

    /** The document without proofs but with those {@code proof}'s previousProof names; null when it names none. */
    private static JsonObject withPrevious(JsonObject document, JsonObject proof, List<JsonObject> all) {
        JsonValue previous = proof.get("previousProof");
        if (previous == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        if (previous instanceof JsonString one) {
            ids.add(one.getString());
        } else if (previous instanceof JsonArray many) {
            many.forEach(v -> {
                if (v instanceof JsonString s) {
                    ids.add(s.getString());
                }
            });
        }
        JsonArrayBuilder named = Json.createArrayBuilder();
        all.stream().filter(p -> ids.contains(text(p, "id"))).forEach(named::add);
        return Json.createObjectBuilder(document).add("proof", named).build();
    }

    private static boolean startsWith(JsonValue context, JsonValue prefix) {
        List<JsonValue> whole = context instanceof JsonArray a ? a : context == null ? List.of() : List.of(context);
        List<JsonValue> start = prefix instanceof JsonArray a ? a : List.of(prefix);
        return start.size() <= whole.size() && whole.subList(0, start.size()).equals(start);
    }

    private static ProofOutcome invalid(String location, String suite, String method, String why) {
        return new ProofOutcome(ProofOutcome.Verdict.INVALID, location, suite, method, why);
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
