package eu.credentialgateway.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64;
import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.OutputProfile;
import eu.credentialgateway.SealCheck;
import eu.credentialgateway.trust.TestCertificates.Issued;
import eu.credentialgateway.trust.TestCertificates;
import eu.credentialgateway.trust.TrustAnchors;
import eu.credentialgateway.trust.TrustProperties;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.ValidateStage;
import eu.credentialgateway.verify.CredentialVerifier;
import eu.credentialgateway.verify.VerificationReport;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the verifier calls a JWT seal trusted only when its {@code x5c} chain is path-validated (PKIX) to a
 * configured anchor; the signature may be valid while the signer is not trusted. Certificates are made fresh here.
 */
class JwtTrustTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ValidateStage SHAPES = new ValidateStage(new ValidateProperties(Path.of("ontologies/shapes"), List.of()), ".");
    private static final String CREDENTIAL = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"urn:uuid:9a0e8f1c-5d2b-4c47-9a4e-2f1d3b6c7e80\","
            + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"issuer\":{\"id\":\"https://issuer.example/\"},"
            + "\"validFrom\":\"2025-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:learner\"}}";

    private static Issued ca;
    private static Issued signer;

    @TempDir
    Path temp;

    @BeforeAll
    static void certificates() throws Exception {
        ca = TestCertificates.ca("Test Root CA");
        signer = TestCertificates.issuedBy(ca, "Test Issuer Seal");
    }

    private static CredentialVerifier trusting(TrustAnchors anchors) {
        return new CredentialVerifier(SealForms.all(SealProperties.demo(null, JwsAlgorithm.ES256), anchors, new TrustProperties(null, true), null),
                SHAPES, "own shapes", ContextDocuments.fromHome(Path.of(".")), Clock.systemUTC());
    }

    /** An OB 3.0 VC-JWT signed with {@code key}, naming the chain {@code x5c}. */
    private static String token(Issued key, Issued... x5c) throws Exception {
        ObjectNode claims = (ObjectNode) JSON.readTree(CREDENTIAL);
        claims.put("iss", "https://issuer.example/").put("sub", "did:example:learner")
                .put("jti", "urn:uuid:9a0e8f1c-5d2b-4c47-9a4e-2f1d3b6c7e80").put("nbf", 1735689600L);
        List<Base64> chain = Arrays.stream(x5c).map(c -> {
            try {
                return Base64.encode(c.certificate().getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).x509CertChain(chain).build(),
                new Payload(claims.toString()));
        jws.sign(new ECDSASigner((ECPrivateKey) key.keys().getPrivate()));
        return jws.serialize();
    }

    @Test
    void aSelfSignedLeafFollowedByATrustedCertificateThatDidNotSignItIsNotTrusted() throws Exception {
        Issued impostor = TestCertificates.selfSigned("Test Root CA");

        VerificationReport report = trusting(TrustAnchors.of(List.of(ca.certificate()), List.of())).verify(token(impostor, impostor, ca));

        SealCheck seal = report.seal().signatures().get(0);
        assertThat(seal.intact()).as("the signature itself verifies with the leaf's key").isTrue();
        assertThat(seal.trusted()).isFalse();
        assertThat(report.trusted()).isFalse();
        assertThat(seal.trust()).startsWith("the signer is NOT trusted: path validation failed: ");
        assertThat(seal.indication()).isEqualTo("INDETERMINATE");
    }

    @Test
    void aProperlyChainedCertificateIsTrustedWithTheAnchorNamed() throws Exception {
        CredentialVerifier verifier = trusting(TrustAnchors.of(List.of(ca.certificate()), List.of()));

        for (String token : List.of(token(signer, signer, ca), token(signer, signer))) {
            VerificationReport report = verifier.verify(token);
            SealCheck seal = report.seal().signatures().get(0);
            assertThat(report.trusted()).as(seal.trust()).isTrue();
            assertThat(seal.trust()).isEqualTo("the signer is trusted: chain validated to anchor CN=Test Root CA");
            assertThat(seal.indication()).isEqualTo("TOTAL_PASSED");
        }
    }

    @Test
    void aChainToAnotherRootIsNotTrusted() throws Exception {
        Issued otherRoot = TestCertificates.ca("Other Root");
        Issued otherSigner = TestCertificates.issuedBy(otherRoot, "Other Seal");

        SealCheck seal = trusting(TrustAnchors.of(List.of(ca.certificate()), List.of())).verify(token(otherSigner, otherSigner, otherRoot))
                .seal().signatures().get(0);

        assertThat(seal.intact()).isTrue();
        assertThat(seal.trusted()).isFalse();
        assertThat(seal.trust()).contains("path validation failed");
    }

    @Test
    void withoutAnchorsTheReportSaysNoneIsConfigured() throws Exception {
        SealCheck seal = trusting(TrustAnchors.none()).verify(token(signer, signer, ca)).seal().signatures().get(0);

        assertThat(seal.trusted()).isFalse();
        assertThat(seal.trust()).startsWith("the signer is NOT trusted: no trust anchor configured");
    }

    @Test
    void aTokenWithAChangedSignatureIsNeitherIntactNorTrustedEvenWithATrustedChain() throws Exception {
        String token = token(signer, signer, ca);
        String[] parts = token.split("\\.");
        char flipped = parts[2].charAt(10) == 'A' ? 'B' : 'A';
        String changed = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + flipped + parts[2].substring(11);

        VerificationReport report = trusting(TrustAnchors.of(List.of(ca.certificate()), List.of())).verify(changed);

        assertThat(report.seal().valid()).isFalse();
        assertThat(report.trusted()).isFalse();
    }

    @Test
    void theGatewaysOwnIssuerSealIsTrustedByDefaultButNeverTheDemoSeal() throws Exception {
        SealingKeys.of(temp.resolve("issuer"), JwsAlgorithm.ES256, false);
        SealProperties issuer = new SealProperties(true, "edc-jades", temp.resolve("issuer/ES256.p12"), null, "SEAL_PASSWORD", null, null,
                null, JwsAlgorithm.ES256, "iat", null, false);
        SealStage own = new SealStage(issuer, temp, Map.of("SEAL_PASSWORD", new String(DemoSealingKey.PASSWORD))::get);
        SealStage demo = new SealStage(SealProperties.demo(temp.resolve("demo.p12"), JwsAlgorithm.ES256), temp, name -> null);
        String ownToken = sealed(own, OutputProfile.EBSI_JWT);

        assertThat(verifier(issuer, own, true).verify(ownToken).trusted()).isTrue();
        assertThat(verifier(issuer, own, true).verify(sealed(own, OutputProfile.EDC_JADES)).trusted()).as("JAdES too").isTrue();
        assertThat(verifier(issuer, own, false).verify(ownToken).trusted()).as("gateway.trust.own-seal=false").isFalse();
        assertThat(verifier(issuer, demo, true).verify(sealed(demo, OutputProfile.EBSI_JWT)).trusted()).as("demo seal").isFalse();
    }

    private CredentialVerifier verifier(SealProperties properties, SealStage gateway, boolean ownSeal) {
        return new CredentialVerifier(SealForms.all(properties, TrustAnchors.none(), new TrustProperties(null, ownSeal), gateway),
                SHAPES, "own shapes", ContextDocuments.fromHome(Path.of(".")), Clock.systemUTC());
    }

    private static String sealed(SealStage stage, OutputProfile profile) throws Exception {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(profile == OutputProfile.EDC_JADES ? JadesSealerTest.CREDENTIAL : ebsi());
        exchange.getMessage().setHeader(GatewayHeaders.PROFILE, profile.id());
        stage.process(exchange);
        return exchange.getMessage().getBody(String.class);
    }

    /** A minimal EBSI-form credential whose claims the JWT sealer derives. */
    private static String ebsi() {
        return CREDENTIAL.replace("OpenBadgeCredential", "EuropeanDigitalCredential");
    }
}
