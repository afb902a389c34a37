package eu.credentialgateway.check;

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
        for (String jwt : new String[] {none + "x", garbage}) {
            GatewayException refused = catchThrowableOfType(GatewayException.class, () -> run(jwt));
            assertThat(refused.findings()).extracting(Finding::code).containsExactly("signature-unreadable");
        }
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
