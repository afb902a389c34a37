package eu.credentialgateway.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything else that takes input: the verifier (sealed credentials that are none, or forged), the wallet's token and
 * credential endpoints, API key creation, review acceptance, ids in paths, and the conversion endpoint's own
 * parameters (format, profile, Accept, targets, size).
 */
final class EndpointCases {
    static final String FORM = "application/x-www-form-urlencoded";

    private EndpointCases() {
    }

    static List<HostileCase> all(long maxSize) {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(verifications(maxSize));
        cases.addAll(wallet());
        cases.addAll(apiKeys());
        cases.addAll(reviews());
        cases.addAll(paths());
        cases.addAll(conversionParameters(maxSize));
        return cases;
    }

    private static HostileCase call(String format, String what, String endpoint, String method, String path, String contentType, byte[] body) {
        return new HostileCase(format + "/" + what, format, endpoint, method, path, contentType, Map.of(), body);
    }

    private static HostileCase call(String format, String what, String endpoint, String method, String path, String contentType, String body) {
        return call(format, what, endpoint, method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HostileCase verify(String what, String contentType, byte[] body) {
        return call("sealed", what, "verifications", "POST", "/api/v1/verifications", contentType, body);
    }

    private static HostileCase verify(String what, String body) {
        return verify(what, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** A JAdES-like JSON around a payload naming the learner, with this protected header and signature. */
    static String jades(String protectedHeader, String signature) {
        String payload = "{\"@context\":[\"https://www.w3.org/2018/credentials/v1\",\"http://data.europa.eu/snb/model/context/edc-ap\"],"
                + "\"id\":\"urn:uuid:00000000-0000-4000-8000-000000000001\",\"type\":[\"VerifiableCredential\",\"EuropeanDigitalCredential\"],"
                + "\"credentialSubject\":{\"id\":\"urn:x-learner:" + Learner.ID + "\",\"givenName\":{\"en\":\"" + Learner.GIVEN + "\"}}}";
        return "{\"payload\":" + JsonCases.write(payload) + ",\"signatures\":[{\"protected\":\"" + Jws.b64(protectedHeader)
                + "\",\"signature\":\"" + signature + "\"}]}";
    }

    /** Bodies the verifier must refuse (415, 413) or report as not valid (200, valid false). */
    static List<HostileCase> verifications(long maxSize) {
        String payload = "{\"iss\":\"urn:x\",\"vc\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                + "\"credentialSubject\":{\"id\":\"urn:x-learner:" + Learner.ID + "\"}}}";
        List<HostileCase> cases = new ArrayList<>();
        cases.add(verify("plain-text", "text/plain", ("hello " + Learner.FAMILY).getBytes(StandardCharsets.UTF_8)));
        cases.add(verify("xml", "application/xml", XmlCases.goodElmo().getBytes(StandardCharsets.UTF_8)));
        cases.add(verify("empty", "application/json", new byte[0]));
        cases.add(verify("latin1", "application/json", ("{\"payload\":\"" + Learner.FAMILY + "é\"}").getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(verify("utf16le", "application/json", jades("{\"alg\":\"ES256\"}", "AAAA").getBytes(StandardCharsets.UTF_16LE)));
        cases.add(verify("overlong", "application/json", XmlCases.concat("{\"payload\":\"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xAF, '"', '}'})));
        cases.add(verify("json-depth-10000", "[".repeat(10_000) + "]".repeat(10_000)));
        cases.add(verify("json-array-of-a-million-numbers", "application/json", JsonCases.millionNumbers()));
        cases.add(verify("json-number-1e999999999", "{\"payload\": 1E999999999, \"signatures\": []}"));
        cases.add(verify("json-duplicate-payload", "{\"payload\":\"a\",\"payload\":\"b\",\"signatures\":[]}"));
        cases.add(verify("jades-no-signatures", "{\"payload\":\"{}\",\"signatures\":[]}"));
        cases.add(verify("jades-payload-not-json", "{\"payload\":\"not json\",\"signatures\":[{\"protected\":\"e30\",\"signature\":\"AAAA\"}]}"));
        cases.add(verify("jades-alg-none", jades("{\"alg\":\"none\"}", "")));
        cases.add(verify("jades-alg-hs256", jades("{\"alg\":\"HS256\"}", Jws.b64("mac"))));
        cases.add(verify("jades-x5c-garbage", jades("{\"alg\":\"ES256\",\"x5c\":[\"AAAA\"]}", Jws.b64("sig"))));
        cases.add(verify("jades-header-too-large", jades("{\"alg\":\"ES256\",\"x\":\"" + "a".repeat(20_000) + "\"}", Jws.b64("sig"))));
        cases.add(verify("jwt-alg-none", "application/jwt", (Jws.b64("{\"alg\":\"none\"}") + "." + Jws.b64(payload) + ".")
                .getBytes(StandardCharsets.UTF_8)));
        cases.add(verify("jwt-alg-hs256-keyed-with-the-public-key", "application/jwt",
                Jws.hmacWithPublicKey("{\"alg\":\"HS256\",\"kid\":\"" + Jws.DID + "\"}", payload).getBytes(StandardCharsets.UTF_8)));
        cases.add(verify("jwt-x5c-garbage", "application/jwt", Jws.eddsa("{\"alg\":\"EdDSA\",\"x5c\":[\"AAAA\"]}", payload)
                .getBytes(StandardCharsets.UTF_8)));
        cases.add(verify("jwt-self-signed-jwk", "application/jwt", Jws.eddsa("{\"alg\":\"EdDSA\",\"jwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
                + Jws.rawPublic() + "\"}}", payload).getBytes(StandardCharsets.UTF_8)));
        cases.add(verify("oversize", "application/json", oversize(maxSize)));
        return cases;
    }

    static byte[] oversize(long maxSize) {
        byte[] body = new byte[(int) maxSize + 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        return body;
    }

    private static HostileCase token(String what, String contentType, String body) {
        return call("wallet", what, "wallet-token", "POST", "/api/v1/wallet/token", contentType, body);
    }

    private static HostileCase credential(String what, String authorization, String body) {
        HostileCase call = call("wallet", what, "wallet-credential", "POST", "/api/v1/wallet/credential", "application/json", body);
        return authorization == null ? call : call.withHeader("Authorization", authorization);
    }

    static List<HostileCase> wallet() {
        String grant = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Apre-authorized_code";
        List<HostileCase> cases = new ArrayList<>();
        cases.add(token("token-no-grant-type", FORM, "pre-authorized_code=abcdefgh"));
        cases.add(token("token-unknown-grant-type", FORM, "grant_type=password&username=admin&password=admin"));
        cases.add(token("token-no-code", FORM, grant));
        cases.add(token("token-unknown-code", FORM, grant + "&pre-authorized_code=" + "A".repeat(43)));
        cases.add(token("token-code-sql", FORM, grant + "&pre-authorized_code=%27%20OR%20%271%27%3D%271"));
        cases.add(token("token-bad-percent-encoding", FORM, grant + "&pre-authorized_code=%zz%"));
        cases.add(token("token-body-too-large", FORM, grant + "&pre-authorized_code=" + "A".repeat(20_000)));
        cases.add(token("token-json-body", "application/json", "{\"grant_type\":\"x\"}"));
        cases.add(credential("credential-no-token", null, "{\"credential_configuration_id\":\"x\"}"));
        cases.add(credential("credential-unknown-token", "Bearer " + "A".repeat(43), "{\"credential_configuration_id\":\"x\"}"));
        cases.add(credential("credential-token-of-10000-characters", "Bearer " + "A".repeat(10_000), "{}"));
        cases.add(credential("credential-basic-auth", "Basic YWRtaW46YWRtaW4=", "{}"));
        cases.add(credential("credential-body-too-large", "Bearer " + "A".repeat(43), "{\"x\":\"" + "a".repeat(100_000) + "\"}"));
        return cases;
    }

    private static HostileCase apiKey(String what, String body) {
        return call("api-key", what, "api-keys", "POST", "/api/v1/api-keys", "application/json", body);
    }

    static List<HostileCase> apiKeys() {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(apiKey("not-json", "name=evil&roles=admin"));
        cases.add(apiKey("empty-object", "{}"));
        cases.add(apiKey("name-with-line-break", "{\"name\":\"evil\\nINFO forged log line\",\"roles\":[\"admin\"]}"));
        cases.add(apiKey("name-of-5000-characters", "{\"name\":\"" + "n".repeat(5_000) + "\",\"roles\":[\"admin\"]}"));
        cases.add(apiKey("unknown-role", "{\"name\":\"evil\",\"roles\":[\"root\"]}"));
        cases.add(apiKey("roles-a-string", "{\"name\":\"evil\",\"roles\":\"admin\"}"));
        cases.add(apiKey("no-roles", "{\"name\":\"evil\",\"roles\":[]}"));
        cases.add(apiKey("format-path-traversal", "{\"name\":\"evil\",\"roles\":[\"submitter\"],\"formats\":[\"../../etc/passwd\"]}"));
        cases.add(apiKey("depth-bomb", "{\"name\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
        cases.add(apiKey("body-too-large", "{\"name\":\"evil\",\"roles\":[\"admin\"],\"x\":\"" + "a".repeat(20_000) + "\"}"));
        return cases;
    }

    private static HostileCase review(String what, String id, String contentType, String body) {
        return call("review", what, "reviews", "POST", "/api/v1/reviews/" + id + "/accept", contentType, body);
    }

    static List<HostileCase> reviews() {
        String unknown = "00000000-0000-4000-8000-000000000000";
        List<HostileCase> cases = new ArrayList<>();
        cases.add(review("accept-unknown-item", unknown, "application/json", "{\"uri\":\"http://data.europa.eu/esco/skill/x\"}"));
        cases.add(review("accept-id-not-a-uuid", "not-a-uuid", "application/json", "{\"uri\":\"http://data.europa.eu/esco/skill/x\"}"));
        cases.add(review("accept-body-not-json", unknown, "application/json", "uri=http://evil.example"));
        cases.add(review("accept-no-uri", unknown, "application/json", "{}"));
        cases.add(review("accept-body-too-large", unknown, "application/json", "{\"uri\":\"" + "u".repeat(20_000) + "\"}"));
        cases.add(review("accept-depth-bomb", unknown, "application/json", "{\"uri\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
        return cases;
    }

    static List<HostileCase> paths() {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(call("path", "batch-not-a-uuid", "batches", "GET", "/api/v1/batches/not-a-uuid", null, new byte[0]));
        cases.add(call("path", "batch-unknown", "batches", "GET", "/api/v1/batches/00000000-0000-4000-8000-000000000000", null, new byte[0]));
        cases.add(call("path", "batch-id-of-5000-characters", "batches", "GET", "/api/v1/batches/" + "9".repeat(5_000), null, new byte[0]));
        cases.add(call("path", "batch-encoded-traversal", "batches", "GET", "/api/v1/batches/..%2F..%2Fetc%2Fpasswd", null, new byte[0]));
        cases.add(call("path", "input-uuid-upper-case", "inputs", "GET", "/api/v1/inputs/0000000A-0000-4000-8000-000000000000", null, new byte[0]));
        cases.add(call("path", "input-encoded-null", "inputs", "GET", "/api/v1/inputs/%00", null, new byte[0]));
        cases.add(call("path", "quarantine-delete-not-a-uuid", "quarantine", "DELETE", "/api/v1/quarantine/not-a-uuid", null, new byte[0]));
        return cases;
    }

    static List<HostileCase> conversionParameters(long maxSize) {
        byte[] elmo = XmlCases.goodElmo().getBytes(StandardCharsets.UTF_8);
        List<HostileCase> cases = new ArrayList<>();
        cases.add(call("elmo", "format-path-traversal", "conversions", "POST", "/api/v1/conversions?format=..%2F..%2Fetc%2Fpasswd", "application/xml", elmo));
        cases.add(call("elmo", "format-unknown", "conversions", "POST", "/api/v1/conversions?format=pdf", "application/xml", elmo));
        cases.add(call("elmo", "profile-unknown", "conversions", "POST", "/api/v1/conversions?format=elmo&profile=evil", "application/xml", elmo));
        cases.add(call("elmo", "accept-nothing-the-gateway-writes", "conversions", "POST", "/api/v1/conversions?format=elmo", "application/xml", elmo)
                .withHeader("Accept", "image/png"));
        cases.add(call("elmo", "target-unknown", "conversions", "POST", "/api/v1/conversions?format=elmo&targets=..%2Fevil", "application/xml", elmo));
        cases.add(call("elmo", "undetectable", "conversions", "POST", "/api/v1/conversions", "application/octet-stream",
                new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x7F, 0x10}));
        cases.add(call("elmo", "oversize", "conversions", "POST", "/api/v1/conversions?format=elmo", "application/xml",
                XmlCases.concat(elmo, oversize(maxSize))));
        cases.add(call("openbadges-v3", "oversize", "conversions", "POST", "/api/v1/conversions?format=openbadges-v3", "application/json",
                oversize(maxSize)));
        cases.add(call("csv", "oversize", "conversions", "POST", "/api/v1/conversions?format=csv", "text/csv",
                XmlCases.concat((TabularCases.HEADER + "\n").getBytes(StandardCharsets.UTF_8), oversize(maxSize))));
        return cases;
    }
}
