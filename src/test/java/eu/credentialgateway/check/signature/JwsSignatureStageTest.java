package eu.credentialgateway.check.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.OnFailedVerification;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class JwsSignatureStageTest {
    private static final String ASSERTION = "{\"type\":\"Assertion\",\"id\":\"https://example.org/a/1\","
            + "\"verification\":{\"type\":\"SignedBadge\",\"creator\":\"https://example.org/key\"}}";
    private final JwsSignatureStage stage = new JwsSignatureStage(
            eu.credentialgateway.adapter.AdapterCatalog.of(java.nio.file.Path.of(System.getProperty("user.dir"))), CheckProperties.defaults());

    @Test
    void replacesAVerifiedJwsByItsPayloadWithASignatureValidNote() throws Exception {
        KeyPair pair = rsa();
        Exchange exchange = exchange("[\"" + sign(ASSERTION, pair) + "\"," + key(pair) + "]");
        stage.process(exchange);
        String body = exchange.getMessage().getBody(String.class);
        assertTrue(body.startsWith("[{\"type\":\"Assertion\""), body);
        assertEquals("signature-valid", Notes.of(exchange).get(0).code());
    }

    @Test
    void convertsAJwsWithoutKeyButNotesSignatureUnverified() throws Exception {
        Exchange exchange = exchange(sign(ASSERTION, rsa()));
        stage.process(exchange);
        assertTrue(exchange.getMessage().getBody(String.class).startsWith("{\"type\":\"Assertion\""));
        Finding note = Notes.of(exchange).get(0);
        assertEquals("signature-unverified", note.code());
        assertEquals("$", note.location());
    }

    @Test
    void rejectsAJwsSignedWithAnotherKey() throws Exception {
        Exchange exchange = exchange("[\"" + sign(ASSERTION, rsa()) + "\"," + key(rsa()) + "]");
        GatewayException rejected = assertThrows(GatewayException.class, () -> stage.process(exchange));
        assertEquals("signature-invalid", rejected.findings().get(0).code());
        assertEquals("$[0]", rejected.findings().get(0).location());
    }

    @Test
    void notesAJwsSignedWithAnotherKeyAndKeepsItsPayloadWhenConfiguredToContinue() throws Exception {
        JwsSignatureStage continuing = new JwsSignatureStage(eu.credentialgateway.adapter.AdapterCatalog.of(
                java.nio.file.Path.of(System.getProperty("user.dir"))), CheckProperties.onFailedVerification(OnFailedVerification.CONTINUE));
        Exchange exchange = exchange("[\"" + sign(ASSERTION, rsa()) + "\"," + key(rsa()) + "]");
        continuing.process(exchange);
        assertEquals("signature-invalid", Notes.of(exchange).get(0).code());
        assertEquals("$[0]", Notes.of(exchange).get(0).location());
        assertTrue(exchange.getMessage().getBody(String.class).startsWith("[{\"type\":\"Assertion\""));
    }

    @Test
    void leavesABodyBeyondTheJsonChecksDepthBoundToTheCheckStage() throws Exception {
        String deep = "[\"" + sign(ASSERTION, rsa()) + "\"," + "[".repeat(200) + "]".repeat(200) + "]";
        Exchange exchange = exchange(deep);
        stage.process(exchange);
        assertEquals(deep, exchange.getMessage().getBody(String.class));
    }

    @Test
    void leavesUnsignedDocumentsAlone() throws Exception {
        Exchange exchange = exchange(ASSERTION);
        stage.process(exchange);
        assertEquals(ASSERTION, exchange.getMessage().getBody(String.class));
        assertTrue(Notes.of(exchange).isEmpty());
    }

    private static Exchange exchange(String body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader(eu.credentialgateway.GatewayHeaders.FORMAT, "openbadges-v2");
        return exchange;
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String sign(String payload, KeyPair pair) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(payload));
        jws.sign(new RSASSASigner((RSAPrivateKey) pair.getPrivate()));
        return jws.serialize();
    }

    private static String key(KeyPair pair) {
        String pem = "-----BEGIN PUBLIC KEY-----\\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(pair.getPublic().getEncoded()).replace("\n", "\\n") + "\\n-----END PUBLIC KEY-----";
        return "{\"type\":\"CryptographicKey\",\"id\":\"https://example.org/key\",\"publicKeyPem\":\"" + pem + "\"}";
    }
}
