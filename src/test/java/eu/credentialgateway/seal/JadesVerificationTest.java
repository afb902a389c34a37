package eu.credentialgateway.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.SealCheck;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.ValidateStage;
import eu.credentialgateway.verify.CredentialVerifier;
import eu.credentialgateway.verify.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The verifier on JAdES seals: the official signed EDC samples, the gateway's own seals, tampered copies. */
class JadesVerificationTest {
    static final Path SAMPLES = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/edc/samples/elm-v3-jsonld").normalize();
    private static final ValidateStage VALIDATE = new ValidateStage(
            new ValidateProperties(Path.of("ontologies/shapes"), List.of("edc-converted.ttl")), ".");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path temp;

    static CredentialVerifier verifier(SealProperties properties) {
        return new CredentialVerifier(List.of(new JadesCredentialForm(properties)), VALIDATE, "own shapes", ContextDocuments.fromHome(Path.of(".")), NOW);
    }

    static CredentialVerifier untrusting() {
        return verifier(SealProperties.demo(null, JwsAlgorithm.ES256));
    }

    static Stream<Path> officialSignedSamples() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLES), "../shared is absent: skipping the official signed EDC samples");
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> signed = files.filter(f -> f.getFileName().toString().endsWith("-signed.jsonld")).sorted().toList();
            assertThat(signed).isNotEmpty();
            return signed.stream();
        }
    }

    @Nested
    class TheOfficialSignedSamples {
        @ParameterizedTest(name = "{0}")
        @MethodSource("eu.credentialgateway.seal.JadesVerificationTest#officialSignedSamples")
        void verifyAsValidlySignedByAnUntrustedCertificate(Path sample) throws Exception {
            VerificationReport report = untrusting().verify(Files.readString(sample));

            assertThat(report.form()).isEqualTo("edc-jades");
            assertThat(report.seal().valid()).as(report.summary()).isTrue();
            SealCheck seal = report.seal().signatures().get(0);
            assertThat(seal.intact()).isTrue();
            assertThat(seal.signatureFormat()).isEqualTo("JAdES-BASELINE-T");
            assertThat(seal.timestamps()).as("content and signature timestamps").isGreaterThanOrEqualTo(2);
            assertThat(seal.signedBy()).contains("CN=TEST SEAL");
            assertThat(seal.signingTime()).startsWith("2023-09-27T");
            assertThat(seal.trusted()).isFalse();
            assertThat(report.trusted()).isFalse();
            assertThat(seal.trust()).contains("NOT trusted", "no trust anchor configured");
            assertThat(seal.indication()).isEqualTo("INDETERMINATE");
            assertThat(report.summary()).contains("seal intact", "signer NOT trusted");
            assertThat(report.credentialId()).startsWith("urn:credential:");
            assertThat(report.content().checked()).isTrue();
            assertThat(report.content().findings()).as("content against the gateway's generic EDC shapes").isEmpty();
            assertThat(report.valid()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("eu.credentialgateway.seal.JadesVerificationTest#officialSignedSamples")
        void failAfterOneByteOfTheirPayloadChanged(Path sample) throws Exception {
            VerificationReport report = untrusting().verify(Tamper.oneByteOfPayload(Files.readString(sample)));

            assertThat(report.valid()).isFalse();
            assertThat(report.seal().valid()).isFalse();
            assertThat(report.seal().signatures().get(0).subIndication()).isEqualTo("HASH_FAILURE");
            assertThat(report.summary()).contains("seal BROKEN");
        }
    }

    @Nested
    class TheGatewaysOwnSeals {
        @ParameterizedTest(name = "{0}")
        @EnumSource(JwsAlgorithm.class)
        void verifyIntactAndUntrustedAndBreakWithOneChangedByte(JwsAlgorithm algorithm) throws Exception {
            String sealed = new JadesSealer(SealingKeys.of(temp, algorithm, true), null, "iat").seal(JadesSealerTest.CREDENTIAL);

            VerificationReport report = untrusting().verify(sealed);
            SealCheck seal = report.seal().signatures().get(0);
            assertThat(seal.intact()).isTrue();
            assertThat(seal.signatureFormat()).isEqualTo("JAdES-BASELINE-B");
            assertThat(seal.signedBy()).contains("DEMO seal - not trusted");
            assertThat(seal.claimedRoles()).containsExactly(JadesSealer.DEMO_ROLE);
            assertThat(seal.trusted()).isFalse();
            assertThat(report.content().checked()).isTrue();
            assertThat(report.expiry().expirationDate()).isNull();

            VerificationReport tampered = untrusting().verify(Tamper.oneByteOfPayload(sealed));
            assertThat(tampered.seal().valid()).isFalse();
            assertThat(tampered.valid()).isFalse();
        }

        @Test
        void areTrustedWhenTheirCertificateIsConfiguredAsTrusted() throws Exception {
            SealingKey key = SealingKeys.of(temp, JwsAlgorithm.ES256, false);
            Path anchors = Files.createDirectories(temp.resolve("anchors"));
            Files.writeString(anchors.resolve("issuer.pem"), pem(key.certificate()));
            String sealed = new JadesSealer(key, null, "iat").seal(JadesSealerTest.CREDENTIAL);

            VerificationReport report = verifier(SealProperties.demo(null, JwsAlgorithm.ES256).withTrustedCertificates(anchors)).verify(sealed);

            assertThat(report.trusted()).isTrue();
            assertThat(report.seal().signatures().get(0).trusted()).isTrue();
            assertThat(report.seal().signatures().get(0).indication()).isEqualTo("TOTAL_PASSED");
        }

        @Test
        void reportAnExpirationDateThatHasPassed() throws Exception {
            String expired = JadesSealerTest.CREDENTIAL.replace("\"credentialSubject\"", "\"expirationDate\":\"2025-12-31T23:59:59Z\",\"credentialSubject\"");
            String sealed = new JadesSealer(SealingKeys.of(temp, JwsAlgorithm.ES256, true), null, "iat").seal(expired);

            VerificationReport report = untrusting().verify(sealed);

            assertThat(report.seal().valid()).isTrue();
            assertThat(report.expiry().expirationDate()).isEqualTo("2025-12-31T23:59:59Z");
            assertThat(report.expiry().expired()).isTrue();
            assertThat(report.valid()).isFalse();
        }
    }

    @Test
    void aDocumentInNoSealedFormIsRefusedAsUnsupported() {
        assertThatThrownBy(() -> untrusting().verify(JadesSealerTest.CREDENTIAL))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.UNSUPPORTED_FORMAT);
                    assertThat(e.findings().get(0).code()).isEqualTo("unknown-sealed-form");
                });
    }

    static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
