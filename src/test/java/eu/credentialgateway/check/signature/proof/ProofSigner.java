package eu.credentialgateway.check.signature.proof;

import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Arrays;

/**
 * Test-side signer of eddsa-rdfc-2022 proofs (the verifier's mirror image), with throw-away Ed25519 keys: the
 * project's own signed fixtures are made with it, and tests sign fresh documents. Never used by the gateway.
 */
final class ProofSigner {
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final Rdfc rdfc;

    ProofSigner(DocumentLoader contexts) {
        this.rdfc = new Rdfc(contexts, Duration.ofSeconds(5));
    }

    static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key as an Ed25519 Multikey: 'z' + base58btc(0xed 0x01 + 32 bytes). */
    static String multikey(KeyPair key) {
        byte[] encoded = key.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        byte[] prefixed = new byte[34];
        prefixed[0] = (byte) 0xed;
        prefixed[1] = 0x01;
        System.arraycopy(raw, 0, prefixed, 2, 32);
        return "z" + base58(prefixed);
    }

    static String didKey(KeyPair key) {
        return "did:key:" + multikey(key) + "#" + multikey(key);
    }

    /** A proof (without proofValue) of the usual shape. */
    static JsonObjectBuilder proofOptions(String suite, String method, String created) {
        return Json.createObjectBuilder().add("type", "DataIntegrityProof").add("cryptosuite", suite)
                .add("created", created).add("verificationMethod", method).add("proofPurpose", "assertionMethod");
    }

    /** {@code options} with its proofValue over {@code document} (which must hold no proof, or the ones it chains). */
    JsonObject proof(JsonObject document, JsonObject options, KeyPair key) throws Exception {
        JsonObjectBuilder config = Json.createObjectBuilder(options);
        config.add("@context", document.get("@context"));
        byte[] signed = new byte[64];
        System.arraycopy(rdfc.hash(config.build()), 0, signed, 0, 32);
        System.arraycopy(rdfc.hash(document), 0, signed, 32, 32);
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key.getPrivate());
        ed25519.update(signed);
        return Json.createObjectBuilder(options).add("proofValue", "z" + base58(ed25519.sign())).build();
    }

    /** {@code document} with one eddsa-rdfc-2022 proof by {@code key}, named by {@code method}. */
    JsonObject sign(JsonObject document, KeyPair key, String method) throws Exception {
        JsonObject proof = proof(document, proofOptions("eddsa-rdfc-2022", method, "2026-01-02T03:04:05Z").build(), key);
        return Json.createObjectBuilder(document).add("proof", Json.createArrayBuilder().add(proof)).build();
    }

    static String base58(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        BigInteger value = new BigInteger(1, bytes);
        BigInteger radix = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(radix);
            text.append(BASE58.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            text.append('1');
        }
        return text.reverse().toString();
    }
}
