package eu.credentialgateway.deliver.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Key proofs of type jwt with each way of naming the key, and the rules a proof must keep. */
class ProofCheckTest {
    static final String ISSUER = "https://gateway.example";
    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().audience(ISSUER).issueTime(Date.from(NOW)).claim("nonce", "n-1").build();
    }

    static String signed(JWSHeader header, JWSSigner signer) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims());
        jwt.sign(signer);
        return jwt.serialize();
    }

    static JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(ProofCheck.TYP));
    }

    @Test
    void aP256KeyAsJwkAsDidKeyAndAsDidJwkIsProven() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        ECKey publicKey = key.toPublicJWK();
        String thumbprint = publicKey.computeThumbprint().toString();

        assertThat(ProofCheck.check(signed(header().jwk(publicKey).build(), new ECDSASigner(key)), ISSUER, NOW, MAX_AGE))
                .isEqualTo(new ProofCheck.Proven(thumbprint, "n-1"));

        byte[] x = publicKey.getX().decode();
        byte[] compressed = new byte[35];
        compressed[0] = (byte) 0x80;
        compressed[1] = 0x24;
        compressed[2] = (byte) (publicKey.getY().decodeToBigInteger().testBit(0) ? 0x03 : 0x02);
        System.arraycopy(x, 0, compressed, 3, 32);
        String didKey = "did:key:z" + base58(compressed);
        assertThat(ProofCheck.check(signed(header().keyID(didKey + "#" + didKey.substring(8)).build(), new ECDSASigner(key)),
                ISSUER, NOW, MAX_AGE).keyThumbprint()).isEqualTo(thumbprint);

        String didJwk = "did:jwk:" + Base64URL.encode(publicKey.toJSONString().getBytes(StandardCharsets.UTF_8)) + "#0";
        assertThat(ProofCheck.check(signed(header().keyID(didJwk).build(), new ECDSASigner(key)), ISSUER, NOW, MAX_AGE)
                .keyThumbprint()).isEqualTo(thumbprint);
    }

    @Test
    void anEd25519DidKeyIsProven() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = pair.getPublic().getEncoded();
        byte[] multicodec = new byte[34];
        multicodec[0] = (byte) 0xed;
        multicodec[1] = 0x01;
        System.arraycopy(spki, spki.length - 32, multicodec, 2, 32);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).type(new JOSEObjectType(ProofCheck.TYP))
                .keyID("did:key:z" + base58(multicodec)).build();
        String input = header.toBase64URL() + "." + claims().toPayload().toBase64URL();
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(pair.getPrivate());
        ed25519.update(input.getBytes(StandardCharsets.US_ASCII));
        String jwt = input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(ed25519.sign());

        assertThat(ProofCheck.check(jwt, ISSUER, NOW, MAX_AGE).nonce()).isEqualTo("n-1");
        String tampered = jwt.substring(0, jwt.length() - 2) + (jwt.endsWith("AA") ? "BA" : "AA");
        assertThatThrownBy(() -> ProofCheck.check(tampered, ISSUER, NOW, MAX_AGE)).hasMessageContaining("signature");
    }

    @Test
    void proofsThatNameTheirKeyWronglyOrBreakARuleAreInvalid() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        ECDSASigner signer = new ECDSASigner(key);
        assertThatThrownBy(() -> ProofCheck.check(signed(header().jwk(key.toPublicJWK()).keyID("did:key:zabc").build(), signer),
                ISSUER, NOW, MAX_AGE)).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> ProofCheck.check(signed(header().build(), signer), ISSUER, NOW, MAX_AGE))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> ProofCheck.check(signed(header().keyID("did:web:wallet.example").build(), signer),
                ISSUER, NOW, MAX_AGE)).hasMessageContaining("did:key");
        ECKey other = new ECKeyGenerator(Curve.P_256).generate();
        assertThatThrownBy(() -> ProofCheck.check(signed(header().jwk(other.toPublicJWK()).build(), signer), ISSUER, NOW, MAX_AGE))
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> ProofCheck.check(signed(header().jwk(key.toPublicJWK()).build(), signer), ISSUER,
                NOW.plus(Duration.ofMinutes(10)), MAX_AGE)).hasMessageContaining("iat");
        assertThatThrownBy(() -> ProofCheck.check("not.a.jwt", ISSUER, NOW, MAX_AGE)).hasMessageContaining("signed JWT");
        WalletError error = (WalletError) org.assertj.core.api.Assertions.catchThrowable(() ->
                ProofCheck.check(signed(header().jwk(key.toPublicJWK()).build(), signer), "https://other.example", NOW, MAX_AGE));
        assertThat(error.code()).isEqualTo("invalid_proof");
    }

    @Test
    void theStoredFormNamesItsCredentialConfiguration() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String vcJwt = signed(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt")).build(), new ECDSASigner(key));
        String jwt = signed(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(), new ECDSASigner(key));
        assertThat(CredentialConfigurations.of(vcJwt)).contains(CredentialConfigurations.EBSI);
        assertThat(CredentialConfigurations.of(jwt)).contains(CredentialConfigurations.OB3);
        assertThat(CredentialConfigurations.of("{\"payload\":\"{}\",\"signatures\":[]}")).contains(CredentialConfigurations.JADES);
        assertThat(CredentialConfigurations.of("{\"@context\":[],\"id\":\"urn:uuid:1\"}")).isEmpty();
        assertThat(CredentialConfigurations.of("<urn:a> <urn:b> <urn:c> .")).isEmpty();
    }

    static String base58(byte[] bytes) {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        BigInteger value = new BigInteger(1, bytes);
        StringBuilder out = new StringBuilder();
        while (value.signum() > 0) {
            BigInteger[] divided = value.divideAndRemainder(BigInteger.valueOf(58));
            out.append(alphabet.charAt(divided[1].intValue()));
            value = divided[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }
}
