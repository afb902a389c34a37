package eu.credentialgateway.check.signature;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Open Badges 2.0 {@code CryptographicKey} documents that come with a request. */
final class SigningKeys {
    private SigningKeys() {
    }

    static boolean isKey(JsonNode node) {
        JsonNode type = node.path("type");
        return node.isObject() && (type.asText("").equals("CryptographicKey")
                || type.isArray() && type.toString().contains("\"CryptographicKey\""));
    }

    /** The key named {@code creator}, else the only key, else none. */
    static JsonNode choose(List<JsonNode> keys, String creator) {
        if (!creator.isEmpty()) {
            for (JsonNode key : keys) {
                if (creator.equals(key.path("id").asText())) {
                    return key;
                }
            }
        }
        return keys.size() == 1 ? keys.get(0) : null;
    }

    /** The RSA or EC public key of {@code publicKeyPem} (a PEM "PUBLIC KEY", X.509 SubjectPublicKeyInfo). */
    static Optional<PublicKey> publicKey(JsonNode key) {
        String pem = key.path("publicKeyPem").asText("");
        if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
            return Optional.empty();
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return Optional.of(KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der)));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        return Optional.empty();
    }
}
