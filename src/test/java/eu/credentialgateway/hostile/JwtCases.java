package eu.credentialgateway.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Open Badges 3.0 credentials sent as a VC-JWT (compact JWS) whose header, key or signature is hostile: algorithm
 * none and HMAC key confusion, keys that are no keys, kid and x5c garbage, extensions the gateway cannot honour,
 * broken signatures; and a correctly signed JWT around nonsense.
 */
final class JwtCases {
    private JwtCases() {
    }

    static List<HostileCase> all() {
        String credential = JsonCases.write(JsonCases.goodOb3());
        String payload = "{\"vc\":" + credential + ",\"sub\":\"urn:x-learner:" + Learner.ID + "\"}";
        String didKid = "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + Jws.DID + "\"}";
        List<HostileCase> cases = new ArrayList<>();
        for (Jws.Header header : Jws.hostileHeaders()) {
            cases.add(jwt(header.name(), Jws.eddsa(header.json(), payload)));
        }
        cases.add(jwt("alg-none-empty-signature", Jws.b64("{\"alg\":\"none\"}") + "." + Jws.b64(payload) + "."));
        cases.add(jwt("alg-hs256-keyed-with-the-public-key", Jws.hmacWithPublicKey("{\"alg\":\"HS256\",\"kid\":\"" + Jws.DID + "\"}", payload)));
        cases.add(jwt("kid-did-key-path-traversal", Jws.eddsa("{\"alg\":\"EdDSA\",\"kid\":\"did:key:../../../../etc/passwd\"}", payload)));
        cases.add(jwt("kid-did-key-garbage", Jws.eddsa("{\"alg\":\"EdDSA\",\"kid\":\"did:key:z6Mk" + "0OIl".repeat(10) + "\"}", payload)));
        cases.add(jwt("kid-did-key-of-another-codec", Jws.eddsa("{\"alg\":\"EdDSA\",\"kid\":\"did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme\"}", payload)));
        cases.add(jwt("jwk-ed25519-wrong-length", Jws.eddsa("{\"alg\":\"EdDSA\",\"jwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
                + Jws.b64("short") + "\"}}", payload)));
        cases.add(jwt("jwk-ec-point-not-on-curve", Jws.eddsa("{\"alg\":\"ES256\",\"jwk\":{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\""
                + Jws.b64(new byte[32]) + "\",\"y\":\"" + Jws.b64(new byte[32]) + "\"}}", payload)));
        cases.add(jwt("x5c-not-a-certificate", Jws.eddsa("{\"alg\":\"EdDSA\",\"x5c\":[\"" + java.util.Base64.getEncoder()
                .encodeToString("not a certificate at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"]}", payload)));
        cases.add(jwt("x5c-not-base64", Jws.eddsa("{\"alg\":\"EdDSA\",\"x5c\":[\"%%% not base64 %%%\"]}", payload)));
        String good = Jws.eddsa(didKid, payload);
        String[] parts = good.split("\\.");
        cases.add(jwt("signature-of-another-payload", parts[0] + "." + Jws.b64(payload.replace("\"creditsEarned\":5", "\"creditsEarned\":50")) + "." + parts[2]));
        cases.add(jwt("signature-cut", parts[0] + "." + parts[1] + "." + parts[2].substring(0, 20)));
        cases.add(jwt("alg-es256-with-an-ed25519-key", Jws.eddsa("{\"alg\":\"ES256\",\"kid\":\"" + Jws.DID + "\"}", payload)));
        cases.add(jwt("payload-not-json", Jws.eddsa(didKid, "not json at all")));
        cases.add(jwt("payload-an-array", Jws.eddsa(didKid, "[" + credential + "]")));
        cases.add(jwt("payload-vc-a-string", Jws.eddsa(didKid, "{\"vc\":\"" + Learner.FAMILY + "\"}")));
        cases.add(jwt("five-parts-like-a-jwe", good + "." + Jws.b64("tag")));
        ObjectNode negative = JsonCases.goodOb3();
        ((ObjectNode) negative.get("credentialSubject")).put("creditsEarned", -5);
        cases.add(jwt("signed-credits-negative", Jws.eddsa(didKid, "{\"vc\":" + JsonCases.write(negative) + "}")));
        ObjectNode ancient = JsonCases.goodOb3();
        ancient.put("validFrom", "-0044-03-15T10:00:00Z");
        cases.add(jwt("signed-valid-from-year-minus-44", Jws.eddsa(didKid, JsonCases.write(ancient))));
        return cases;
    }

    private static HostileCase jwt(String what, String token) {
        return HostileCase.conversion("vc-jwt", what, "application/jwt", token);
    }
}
