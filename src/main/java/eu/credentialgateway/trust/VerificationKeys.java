package eu.credentialgateway.trust;

import eu.credentialgateway.Multibase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Ed25519 public key a Data Integrity proof names, found offline or not at all; nothing is ever fetched.
 * <ul>
 *   <li>{@code did:key:z6Mk...} (multicodec {@code 0xed01} + 32 key bytes, base58btc);</li>
 *   <li>a verification method given in full (in the proof, or a node of the document with that {@code id}):
 *       {@code Multikey} with {@code publicKeyMultibase}, or {@code JsonWebKey} with an Ed25519 {@code publicKeyJwk};</li>
 *   <li>a method URL whose fragment is such a multibase key ({@code https://issuer.example/1#z6Mk...},
 *       {@code did:web:...#z6Mk...}): the key the fragment names. That the controller document lists it is not
 *       checked (the document is not fetched); a signature that fails with it fails with any key of that name.</li>
 * </ul>
 * Anything else ({@code did:web} or an https URL with another fragment, other DID methods) is not resolved.
 */
public final class VerificationKeys {
    /** Ed25519 Multikey: 'z' + base58btc of 0xed 0x01 + 32 bytes is always 'z6Mk' + 44 characters. */
    private static final Pattern ED25519_MULTIKEY = Pattern.compile("z6Mk[1-9A-HJ-NP-Za-km-z]{44}");
    private static final byte[] X509_ED25519 = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final int MAX_DEPTH = 32;

    /** A key, with how it was found; or why there is none. */
    public record Resolved(PublicKey key, String how, String problem) {
        static Resolved none(String problem) {
            return new Resolved(null, "", problem);
        }
    }

    private VerificationKeys() {
    }

    /**
     * The Ed25519 key of a {@code did:key:z6Mk...} (a fragment is ignored), for other signature formats that name
     * their key that way (a VC-JWT's {@code kid}); empty for anything else.
     */
    public static java.util.Optional<PublicKey> fromDidKey(String didKey) {
        if (didKey == null || !didKey.startsWith("did:key:")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(multikey(didKey.substring("did:key:".length()).split("#", 2)[0], "did:key").key());
    }

    /** The Ed25519 public key of 32 raw bytes (a JWK's {@code x}); empty when it is none. */
    public static java.util.Optional<PublicKey> fromRawEd25519(byte[] raw) {
        return raw == null || raw.length != 32 ? java.util.Optional.empty() : java.util.Optional.ofNullable(ed25519(raw, "").key());
    }

    public static Resolved resolve(JsonValue method, JsonObject document) {
        if (method instanceof JsonObject full) {
            return fromMethod(full, "the verification method given in the proof");
        }
        if (!(method instanceof JsonString text)) {
            return Resolved.none("the proof names no verificationMethod");
        }
        String id = text.getString();
        if (id.startsWith("did:key:")) {
            String key = id.substring("did:key:".length()).split("#", 2)[0];
            return multikey(key, "did:key");
        }
        JsonObject inDocument = find(document, id, 0);
        if (inDocument != null) {
            return fromMethod(inDocument, "the verification method given in the document");
        }
        int hash = id.indexOf('#');
        String fragment = hash < 0 ? "" : id.substring(hash + 1);
        if (ED25519_MULTIKEY.matcher(fragment).matches()) {
            return multikey(fragment, "the Multikey named by the method's fragment (its controller document was not"
                    + " fetched, so that it lists this key is not checked)");
        }
        String[] parts = id.split(":", 3);
        String scheme = parts.length < 2 ? "no scheme" : parts[0].equals("did") ? "did:" + parts[1] : parts[0];
        return Resolved.none("the verification method (" + scheme + ") is not resolved: the gateway never fetches keys");
    }

    private static Resolved fromMethod(JsonObject method, String where) {
        JsonValue multibase = method.get("publicKeyMultibase");
        if (multibase instanceof JsonString key) {
            return multikey(key.getString(), where + " (publicKeyMultibase)");
        }
        if (method.get("publicKeyJwk") instanceof JsonObject jwk) {
            return jwk(jwk, where + " (publicKeyJwk)");
        }
        return Resolved.none(where + " holds neither publicKeyMultibase nor publicKeyJwk");
    }

    private static Resolved multikey(String multibase, String how) {
        byte[] bytes = Multibase.decode(multibase).orElse(null);
        if (bytes == null || bytes.length != 34 || (bytes[0] & 0xff) != 0xed || bytes[1] != 0x01) {
            return Resolved.none("the key named by " + how + " is not an Ed25519 Multikey (0xed01 + 32 bytes)");
        }
        byte[] raw = new byte[32];
        System.arraycopy(bytes, 2, raw, 0, 32);
        return ed25519(raw, how);
    }

    private static Resolved jwk(JsonObject jwk, String how) {
        if (!"OKP".equals(text(jwk, "kty")) || !"Ed25519".equals(text(jwk, "crv")) || text(jwk, "x") == null) {
            return Resolved.none(how + " is not an Ed25519 key (kty OKP, crv Ed25519)");
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(text(jwk, "x"));
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != 32) {
            return Resolved.none(how + " has no 32-byte Ed25519 x");
        }
        return ed25519(raw, how);
    }

    private static Resolved ed25519(byte[] raw, String how) {
        byte[] encoded = new byte[X509_ED25519.length + 32];
        System.arraycopy(X509_ED25519, 0, encoded, 0, X509_ED25519.length);
        System.arraycopy(raw, 0, encoded, X509_ED25519.length, 32);
        try {
            return new Resolved(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded)), how, null);
        } catch (GeneralSecurityException e) {
            return Resolved.none("the key named by " + how + " is not a valid Ed25519 public key");
        }
    }

    /** The first object with {@code id} and key material, depth first, bounded. */
    private static JsonObject find(JsonValue value, String id, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (value instanceof JsonObject object) {
            if (id.equals(text(object, "id")) && (object.containsKey("publicKeyMultibase") || object.containsKey("publicKeyJwk"))) {
                return object;
            }
            for (JsonValue child : object.values()) {
                JsonObject found = find(child, id, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue child : array) {
                JsonObject found = find(child, id, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
