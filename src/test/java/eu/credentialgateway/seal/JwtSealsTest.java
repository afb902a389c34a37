package eu.credentialgateway.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.OutputProfile;
import eu.credentialgateway.SealCheck;
import eu.credentialgateway.profile.ProfileChecks;
import eu.credentialgateway.profile.ProfileStage;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.ValidateStage;
import eu.credentialgateway.verify.CredentialVerifier;
import eu.credentialgateway.verify.VerificationReport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JWT seals of the ebsi-jwt and ob3 profiles and their verification, on the official micro-credential sample
 * (../shared) in the gateway's EBSI and OB 3.0 forms, and on tokens made by hand to break one rule at a time.
 */
class JwtSealsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);
    private static final ValidateStage SHAPES = new ValidateStage(new ValidateProperties(Path.of("ontologies/shapes"), List.of()), ".");
    private static ProfileStage profiles;

    @TempDir
    static Path temp;

    @BeforeAll
    static void profiles() {
        profiles = new ProfileStage(ProfileChecks.properties(), OutputProfile.EDC_JADES, Path.of("ontologies/context"));
    }

    /** The official micro-credential sample in {@code profile}'s unsealed form. */
    static String sampleIn(OutputProfile profile) throws Exception {
        Path sample = ProfileChecks.SHARED.resolve("anchors/edc/samples/elm-v3-jsonld/Sample-MC-Annex1-signed.jsonld");
        assumeTrue(Files.isRegularFile(sample), "../shared is absent: skipping the official EDC sample");
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(JSON.readTree(Files.readString(sample)).get("payload").asText());
        exchange.getMessage().setHeader(GatewayHeaders.PROFILE, profile.id());
        profiles.process(exchange);
        return exchange.getMessage().getBody(String.class);
    }

    static SealingKey key(JwsAlgorithm algorithm) throws Exception {
        return SealingKeys.of(temp.resolve("keys"), algorithm, true);
    }

    static CredentialVerifier verifier(SealProperties properties, SealStage gateway) {
        return new CredentialVerifier(SealForms.all(properties, gateway), List.of(ProfileChecks.contentCheck(ProfileChecks.properties(), profiles)),
                SHAPES, "own shapes", ContextDocuments.fromHome(Path.of(".")), NOW);
    }

    static JsonNode part(String token, int index) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = JwsAlgorithm.class)
    void theEbsiTokenIsAVcJwtWithKidAndCertificateChainThatVerifiesWithTheSealCertificate(JwsAlgorithm algorithm) throws Exception {
        SealingKey key = key(algorithm);
        String form = sampleIn(OutputProfile.EBSI_JWT);

        String token = JwtSealer.ebsi(key, NOW).seal(form);

        JWSObject jws = JWSObject.parse(token);
        assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo(algorithm.name());
        assertThat(jws.getHeader().getType()).isEqualTo(new JOSEObjectType("vc+jwt"));
        assertThat(jws.getHeader().getKeyID()).isEqualTo(JwtSealer.publicJwk(key.certificate()).computeThumbprint().toString());
        assertThat(jws.getHeader().getX509CertChain().get(0).decode()).isEqualTo(key.certificate().getEncoded());
        assertThat(jws.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), key.certificate().getPublicKey()))).isTrue();
        JsonNode claims = part(token, 1);
        JsonNode credential = JSON.readTree(form);
        assertThat(claims.get("iss").asText()).isEqualTo(credential.get("issuer").get("id").asText());
        assertThat(claims.get("sub").asText()).isEqualTo(credential.get("credentialSubject").get("id").asText());
        assertThat(claims.get("jti").asText()).isEqualTo(credential.get("id").asText());
        assertThat(claims.get("nbf").asLong()).isEqualTo(Instant.parse(credential.get("validFrom").asText()).getEpochSecond());
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW.instant().getEpochSecond());
        assertThat(claims.has("vc")).as("VC-JOSE-COSE: the payload is the credential").isFalse();
        assertThat(claims.get("credentialSubject")).isEqualTo(credential.get("credentialSubject"));
    }

    @Test
    void theOpenBadgeTokenCarriesOnlyTheHeadersOb3AllowsAndNoPrivateKeyPart() throws Exception {
        SealingKey key = key(JwsAlgorithm.RS256);

        String token = JwtSealer.openBadge(key, NOW).seal(sampleIn(OutputProfile.OB3));

        JsonNode header = part(token, 0);
        assertThat(header.fieldNames()).toIterable().containsExactlyInAnyOrder("alg", "typ", "jwk");
        assertThat(header.get("typ").asText()).isEqualTo("JWT");
        assertThat(header.get("jwk").has("d")).isFalse();
        assertThat(header.get("jwk").get("kty").asText()).isEqualTo("RSA");
        JWSObject jws = JWSObject.parse(token);
        assertThat(jws.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), key.certificate().getPublicKey()))).isTrue();
    }

    @Test
    void theVerifierReportsBothFormsValidSignedByTheGatewaysOwnKeyAndTheirContentAgainstTheSchemas() throws Exception {
        SealProperties properties = SealProperties.demo(temp.resolve("gateway.p12"), JwsAlgorithm.ES256);
        SealStage gateway = new SealStage(properties, temp, name -> null);
        CredentialVerifier verifier = verifier(properties, gateway);
        for (OutputProfile profile : List.of(OutputProfile.EBSI_JWT, OutputProfile.OB3)) {
            Exchange exchange = new DefaultExchange(new DefaultCamelContext());
            exchange.getMessage().setBody(sampleIn(profile));
            exchange.getMessage().setHeader(GatewayHeaders.PROFILE, profile.id());
            gateway.process(exchange);

            VerificationReport report = verifier.verify(exchange.getMessage().getBody(String.class));

            assertThat(report.form()).isEqualTo(profile.id());
            assertThat(report.valid()).as(report.summary()).isTrue();
            assertThat(report.trusted()).isFalse();
            SealCheck seal = report.seal().signatures().get(0);
            assertThat(seal.signatureFormat()).startsWith("JWT (compact JWS), ES256");
            assertThat(seal.signedBy()).contains("DEMO seal - not trusted");
            assertThat(seal.signingTime()).isNotBlank();
            assertThat(seal.trust()).contains("this gateway's own seal key", "NOT trusted");
            assertThat(seal.indication()).isEqualTo("INDETERMINATE");
            assertThat(report.credentialId()).isEqualTo(JSON.readTree(sampleIn(profile)).get("id").asText());
            assertThat(report.content().checked()).isEqualTo(ProfileChecks.schemasAvailable());
            assertThat(report.content().valid()).isEqualTo(ProfileChecks.schemasAvailable());
        }
    }

    @Test
    void aSignerWhoseCertificateIsConfiguredAsTrustedIsTrusted() throws Exception {
        SealingKey key = key(JwsAlgorithm.ES256);
        Path anchors = Files.createDirectories(temp.resolve("anchors"));
        Files.write(anchors.resolve("seal.der"), key.certificate().getEncoded());
        SealProperties properties = SealProperties.demo(null, JwsAlgorithm.ES256).withTrustedCertificates(anchors);

        VerificationReport report = verifier(properties, null).verify(JwtSealer.ebsi(key, NOW).seal(sampleIn(OutputProfile.EBSI_JWT)));

        assertThat(report.trusted()).as(report.summary()).isTrue();
        assertThat(report.seal().signatures().get(0).indication()).isEqualTo("TOTAL_PASSED");
    }

    @Test
    void aTokenWhoseClaimsContradictItsCredentialIsNotValidThoughItsSignatureIs() throws Exception {
        ObjectNode claims = (ObjectNode) JSON.readTree(sampleIn(OutputProfile.OB3));
        claims.put("iss", "urn:someone:else").put("sub", claims.get("credentialSubject").get("id").asText())
                .put("jti", claims.get("id").asText()).put("nbf", Instant.parse(claims.get("validFrom").asText()).getEpochSecond());

        SealCheck seal = verifier(SealProperties.demo(null, JwsAlgorithm.ES256), null).verify(selfSigned(claims, true)).seal().signatures().get(0);

        assertThat(seal.intact()).isFalse();
        assertThat(seal.subIndication()).isEqualTo("FORMAT_FAILURE");
        assertThat(seal.errors()).containsExactly("the JWT claim iss does not match the credential's issuer id");
    }

    @Test
    void aTokenNamingNoKeyIsCheckedWithTheGatewaysOwnKey() throws Exception {
        SealProperties properties = SealProperties.demo(temp.resolve("own.p12"), JwsAlgorithm.ES256);
        SealStage gateway = new SealStage(properties, temp, name -> null);
        ObjectNode claims = (ObjectNode) JSON.readTree(sampleIn(OutputProfile.OB3));
        claims.put("iss", claims.get("issuer").get("id").asText()).put("sub", claims.get("credentialSubject").get("id").asText())
                .put("jti", claims.get("id").asText()).put("nbf", Instant.parse(claims.get("validFrom").asText()).getEpochSecond());
        String token = signedWith(temp.resolve("own.p12"), claims, false);

        VerificationReport withGateway = verifier(properties, gateway).verify(token);
        VerificationReport without = verifier(properties, null).verify(token);

        assertThat(withGateway.valid()).as(withGateway.summary()).isTrue();
        assertThat(withGateway.seal().signatures().get(0).trust()).contains("this gateway's own seal key");
        assertThat(without.valid()).isFalse();
        assertThat(without.seal().signatures().get(0).errors()).anyMatch(e -> e.contains("names no key"));
    }

    /** An OB 3.0 JWT over {@code claims} signed by a fresh key of its own (jwk in the header when {@code withJwk}). */
    private static String selfSigned(ObjectNode claims, boolean withJwk) throws Exception {
        return signedWith(temp.resolve("other.p12"), claims, withJwk);
    }

    private static String signedWith(Path keystore, ObjectNode claims, boolean withJwk) throws Exception {
        SealingKey key = DemoSealingKey.loadOrCreate(keystore, JwsAlgorithm.ES256);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, DemoSealingKey.PASSWORD);
        }
        ECPrivateKey privateKey = (ECPrivateKey) store.getKey(DemoSealingKey.ALIAS, DemoSealingKey.PASSWORD);
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT);
        if (withJwk) {
            header.jwk(JwtSealer.publicJwk(key.certificate()));
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(claims.toString()));
        jws.sign(new ECDSASigner(privateKey));
        return jws.serialize();
    }
}
