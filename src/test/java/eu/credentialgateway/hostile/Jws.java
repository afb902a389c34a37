package eu.credentialgateway.hostile;

import eu.credentialgateway.trust.DidKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Compact JWS pieces for the corpus: one Ed25519 key made from a fixed seed (so every run signs the same bytes) and
 * headers that attack a JWS verifier.
 */
final class Jws {
    static final KeyPair KEY = fixedEd25519();
    static final String DID = DidKeys.of(KEY.getPublic());

    /** A header and the name of its attack. */
    record Header(String name, String json) {
    }

    private Jws() {
    }

    private static KeyPair fixedEd25519() {
        try {
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed("credential-gateway hostile corpus".getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(255, seeded);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The public key's raw 32 bytes (the last of its X.509 encoding), base64url: an OKP jwk's x. */
    static String rawPublic() {
        byte[] encoded = KEY.getPublic().getEncoded();
        return b64(java.util.Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    }

    /** header.payload.signature, signed with the fixed Ed25519 key. */
    static String eddsa(String header, String payload) {
        String input = b64(header) + "." + b64(payload);
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(KEY.getPrivate());
            ed25519.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** header.payload.signature, an HMAC-SHA256 keyed with the bytes of the public key: the classic key confusion. */
    static String hmacWithPublicKey(String header, String payload) {
        String input = b64(header) + "." + b64(payload);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY.getPublic().getEncoded(), "HmacSHA256"));
            return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Headers every compact JWS the gateway reads must refuse before building a key. */
    static List<Header> hostileHeaders() {
        String okp = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + rawPublic() + "\"";
        return List.of(
                new Header("alg-none", "{\"alg\":\"none\"}"),
                new Header("alg-none-mixed-case", "{\"alg\":\"nOnE\",\"typ\":\"JWT\"}"),
                new Header("alg-hs256", "{\"alg\":\"HS256\",\"kid\":\"" + DID + "\"}"),
                new Header("alg-hs512-with-jwk", "{\"alg\":\"HS512\",\"jwk\":" + okp + "}}"),
                new Header("alg-missing", "{\"typ\":\"JWT\"}"),
                new Header("alg-not-a-string", "{\"alg\":[\"EdDSA\"]}"),
                new Header("alg-twice", "{\"alg\":\"EdDSA\",\"alg\":\"none\"}"),
                new Header("header-too-large", "{\"alg\":\"EdDSA\",\"x\":\"" + "a".repeat(9_000) + "\"}"),
                new Header("header-an-array", "[\"EdDSA\"]"),
                new Header("header-not-json", "alg=EdDSA"),
                new Header("jwk-with-private-part", "{\"alg\":\"EdDSA\",\"jwk\":" + okp + ",\"d\":\"" + b64("not really a private key 32 bytes") + "\"}}"),
                new Header("jwk-symmetric", "{\"alg\":\"EdDSA\",\"jwk\":{\"kty\":\"oct\",\"k\":\"" + b64("shared secret") + "\"}}"),
                new Header("crit-unknown", "{\"alg\":\"EdDSA\",\"kid\":\"" + DID + "\",\"crit\":[\"urn:evil:ext\"],\"urn:evil:ext\":1}"),
                new Header("b64-false", "{\"alg\":\"EdDSA\",\"kid\":\"" + DID + "\",\"b64\":false,\"crit\":[\"b64\"]}"));
    }
}
