package eu.credentialgateway.check.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Notes;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.trust.TrustAnchors;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class VcJwtStageTest {
    private static final String CREDENTIAL = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
            + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"name\":\"Teamwerk\"}";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final VcJwtStage stage = new VcJwtStage(CheckProperties.defaults());

    @Test
    void verifiesAnEdDsaJwtByItsDidKeyAndHandsOnTheCredential() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Exchange exchange = run(eddsa(CREDENTIAL, key, didKey(key)));
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(CREDENTIAL);
        Finding note = Notes.of(exchange).get(0);
        assertThat(note.code()).isEqualTo("signature-valid");
        assertThat(note.message()).contains("EdDSA").contains("did:key:z6Mk");
    }

    @Test
    void verifiesAnEs256JwtByItsJwkAndReadsTheVcClaim() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).jwk(key.toPublicJWK()).build(),
                new Payload("{\"iss\":\"https://issuer.example\",\"vc\":" + CREDENTIAL + "}"));
        jws.sign(new ECDSASigner(key));
        Exchange exchange = run(jws.serialize());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(CREDENTIAL);
        assertThat(Notes.of(exchange)).extracting(Finding::code).containsExactly("signature-valid", "signer-untrusted");
    }

    @Test
    void aValidSignatureByAKeyThatIsNoAnchorIsNotedValidButUntrusted() throws Exception {
        KeyPair anchor = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        VcJwtStage trusting = new VcJwtStage(CheckProperties.defaults(), TrustAnchors.of(List.of(), List.of(anchor.getPublic())));

        Exchange exchange = run(trusting, eddsa(CREDENTIAL, signer, didKey(signer)));

        assertThat(Notes.of(exchange)).extracting(Finding::code).containsExactly("signature-valid", "signer-untrusted");
        assertThat(Notes.of(exchange).get(1).message()).isEqualTo("the signer of the JWT is not trusted: the key is none of the"
                + " 0 anchor certificate(s) and 1 anchor key(s)");
    }

    @Test
    void aValidSignatureByAnAnchorKeyIsNotedTrusted() throws Exception {
        KeyPair signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ECKey ec = new ECKeyGenerator(Curve.P_256).generate();
        VcJwtStage trusting = new VcJwtStage(CheckProperties.defaults(), TrustAnchors.of(List.of(), List.of(signer.getPublic(), ec.toPublicKey())));
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).jwk(ec.toPublicJWK()).build(), new Payload(CREDENTIAL));
        jws.sign(new ECDSASigner(ec));

        for (String jwt : List.of(eddsa(CREDENTIAL, signer, didKey(signer)), jws.serialize())) {
            Exchange exchange = run(trusting, jwt);
            assertThat(Notes.of(exchange)).extracting(Finding::code).containsExactly("signature-valid", "signer-trusted");
            assertThat(Notes.of(exchange).get(1).message()).isEqualTo("the signer of the JWT is trusted: the key is a configured trust anchor key");
        }
    }

    @Test
    void quarantinesAJwtSignedByAnotherKeyThanItNames() throws Exception {
        KeyPair named = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String jwt = eddsa(CREDENTIAL, other, didKey(named));
        GatewayException refused = catchThrowableOfType(GatewayException.class, () -> run(jwt));
        assertThat(refused.findings()).extracting(Finding::code).containsExactly("signature-invalid");
    }

    @Test
    void notesAJwtWhoseKeyWouldHaveToBeFetched() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Exchange exchange = run(eddsa(CREDENTIAL, key, "did:web:issuer.example#key-1"));
        assertThat(Notes.of(exchange)).extracting(Finding::code).containsExactly("signature-unverified");
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(CREDENTIAL);
    }

    @Test
    void refusesAnUnsignedOrUnreadableJwt() {
        String none = B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(CREDENTIAL.getBytes(StandardCharsets.UTF_8)) + ".";
        String garbage = "eyJhbGciOiJFZERTQSJ9.bm90IGpzb24.c2ln";
        GatewayException unsigned = catchThrowableOfType(GatewayException.class, () -> run(none + "x"));
        assertThat(unsigned.findings()).extracting(Finding::code).containsExactly("jws-alg-none");
        GatewayException unreadable = catchThrowableOfType(GatewayException.class, () -> run(garbage));
        assertThat(unreadable.findings()).extracting(Finding::code).containsExactly("signature-unreadable");
    }

    @Test
    void leavesJsonAlone() {
        Exchange exchange = run(CREDENTIAL);
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(CREDENTIAL);
        assertThat(Notes.of(exchange)).isEmpty();
    }

    private Exchange run(String body) {
        return run(stage, body);
    }

    private static Exchange run(VcJwtStage stage, String body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
        stage.process(exchange);
        return exchange;
    }

    /** A compact JWS with this header, the credential as payload and these signature bytes, built by hand. */
    private static String token(String header, byte[] signature) {
        return B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(CREDENTIAL.getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(signature);
    }

    private String refusedWith(String jwt) {
        GatewayException rejected = catchThrowableOfType(GatewayException.class, () -> run(jwt));
        assertThat(rejected).as("a hostile JWT must be refused").isNotNull();
        assertThat(rejected.rejection().httpStatus()).isEqualTo(422);
        return rejected.findings().get(0).code();
    }

    @Test
    void refusesAnUnsignedJwt() {
        assertThat(refusedWith(token("{\"alg\":\"none\",\"typ\":\"JWT\"}", new byte[0]) + "AA")).isEqualTo("jws-alg-none");
        assertThat(refusedWith(token("{\"alg\":\"nOnE\"}", new byte[] {1}))).isEqualTo("jws-alg-none");
    }

    @Test
    void refusesHmacWithThePublicKeyAsSecret() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String header = "{\"alg\":\"HS256\",\"jwk\":" + key.toPublicJWK().toJSONString() + "}";
        String input = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(CREDENTIAL.getBytes(StandardCharsets.UTF_8));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.toPublicKey().getEncoded(), "HmacSHA256"));
        String forged = input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        assertThat(refusedWith(forged)).isEqualTo("jws-alg-symmetric");
    }

    @Test
    void refusesAJwkWithPrivateParts() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).jwk(key.toPublicJWK()).build(), new Payload(CREDENTIAL));
        jws.sign(new ECDSASigner(key));
        String[] parts = jws.serialize().split("\\.");
        String leaked = B64.encodeToString(("{\"alg\":\"ES256\",\"jwk\":" + key.toJSONString() + "}").getBytes(StandardCharsets.UTF_8));
        assertThat(refusedWith(leaked + "." + parts[1] + "." + parts[2])).isEqualTo("jwk-private-key");
    }

    @Test
    void refusesAnOversizedOrDuplicatedHeader() {
        assertThat(refusedWith(token("{\"alg\":\"ES256\",\"x\":\"" + "a".repeat(10_000) + "\"}", new byte[] {1}))).isEqualTo("jws-header-too-large");
        assertThat(refusedWith(token("{\"alg\":\"ES256\",\"alg\":\"none\"}", new byte[] {1}))).isEqualTo("jws-header-unreadable");
    }

    @Test
    void quarantinesAJwtWhoseNamedKeyCannotBeRead() {
        // an X25519 key is no signing key; a did:key that decodes to nothing names no key either
        String x25519 = "{\"alg\":\"EdDSA\",\"jwk\":{\"kty\":\"OKP\",\"crv\":\"X25519\",\"x\":\"" + B64.encodeToString(new byte[32]) + "\"}}";
        assertThat(refusedWith(token(x25519, new byte[64]))).isEqualTo("signing-key-unreadable");
        assertThat(refusedWith(token("{\"alg\":\"EdDSA\",\"kid\":\"did:key:z111\"}", new byte[64]))).isEqualTo("signing-key-unreadable");
    }

    private static String eddsa(String payload, KeyPair key, String kid) throws Exception {
        String input = B64.encodeToString(("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key.getPrivate());
        ed25519.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(ed25519.sign());
    }

    private static String didKey(KeyPair key) {
        byte[] encoded = key.getPublic().getEncoded();
        byte[] prefixed = new byte[34];
        prefixed[0] = (byte) 0xed;
        prefixed[1] = 0x01;
        System.arraycopy(encoded, encoded.length - 32, prefixed, 2, 32);
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        StringBuilder text = new StringBuilder();
        java.math.BigInteger value = new java.math.BigInteger(1, prefixed);
        while (value.signum() > 0) {
            java.math.BigInteger[] division = value.divideAndRemainder(java.math.BigInteger.valueOf(58));
            text.append(alphabet.charAt(division[1].intValue()));
            value = division[0];
        }
        return "did:key:z" + text.reverse();
    }
}
