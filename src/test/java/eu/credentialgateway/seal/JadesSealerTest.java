package eu.credentialgateway.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JadesSealerTest {
    static final String CREDENTIAL = """
            {"@context":["https://www.w3.org/2018/credentials/v1","http://data.europa.eu/snb/model/context/edc-ap"],
             "id":"urn:uuid:0b9f5c1e-6c2a-8d3e-9f10-1a2b3c4d5e6f","type":["VerifiableCredential","EuropeanDigitalCredential"],
             "credentialSubject":{"id":"urn:epass:person:1","note":"Zürich, Øresund, Łódź"}}""";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path keys;

    static JsonNode protectedHeader(String sealed) throws Exception {
        String encoded = JSON.readTree(sealed).get("signatures").get(0).get("protected").asText();
        return JSON.readTree(Base64.getUrlDecoder().decode(encoded));
    }

    static String seal(JwsAlgorithm algorithm, boolean demo, String signingTime) throws Exception {
        return new JadesSealer(SealingKeys.of(keys, algorithm, demo), null, signingTime).seal(CREDENTIAL);
    }

    @Nested
    class ShapedLikeTheOfficialSamples {
        @Test
        void carriesTheJsonLdTextItselfAsTheUnencodedPayload() throws Exception {
            JsonNode sealed = JSON.readTree(seal(JwsAlgorithm.ES256, false, "iat"));

            assertThat(fieldNames(sealed)).containsExactly("payload", "signatures");
            assertThat(sealed.get("payload").asText()).isEqualTo(CREDENTIAL);
            assertThat(fieldNames(sealed.get("signatures").get(0))).containsExactly("protected", "signature");
        }

        @Test
        void protectedHeaderHasTheSamplesMembersWithIatForTheSigningTime() throws Exception {
            SealingKey key = SealingKeys.of(keys, JwsAlgorithm.RS256, false);
            JsonNode header = protectedHeader(new JadesSealer(key, null, "iat").seal(CREDENTIAL));

            assertThat(fieldNames(header)).containsExactly("alg", "cty", "kid", "x5t#S256", "x5c", "typ", "b64", "iat", "crit");
            assertThat(header.get("alg").asText()).isEqualTo("RS256");
            assertThat(header.get("cty").asText()).isEqualTo("octet-stream");
            assertThat(header.get("typ").asText()).isEqualTo("jose+json");
            assertThat(header.get("b64").asBoolean()).isFalse();
            assertThat(header.get("crit").toString()).isEqualTo("[\"b64\"]");
            byte[] certificate = key.certificate().getEncoded();
            assertThat(header.get("x5c").get(0).asText()).isEqualTo(Base64.getEncoder().encodeToString(certificate));
            assertThat(header.get("x5t#S256").asText()).isEqualTo(
                    Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(certificate)));
        }

        @Test
        void writesSigTInsteadOfIatWhenConfiguredAsTheSamplesOf2023() throws Exception {
            JsonNode header = protectedHeader(seal(JwsAlgorithm.ES256, false, "sigT"));

            assertThat(header.has("iat")).isFalse();
            assertThat(header.get("sigT").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        }

        @Test
        void theDemoKeySaysSoInTheCertificateAndAClaimedSignerRole() throws Exception {
            String sealed = seal(JwsAlgorithm.ES256, true, "iat");
            JsonNode header = protectedHeader(sealed);

            assertThat(header.get("srAts").toString()).contains(JadesSealer.DEMO_ROLE);
            SignatureWrapper signature = DssDirect.onlySignature(DssDirect.validate(sealed));
            assertThat(signature.getSigningCertificate().getCertificateDN()).contains("DEMO seal - not trusted");
            assertThat(signature.getClaimedRoles()).extracting(r -> r.getRole()).containsExactly(JadesSealer.DEMO_ROLE);
        }
    }

    @Nested
    class VerifiesWithDssItself {
        @ParameterizedTest(name = "{0}")
        @EnumSource(JwsAlgorithm.class)
        void asAnIntactJadesBaselineBSealWhoseSignerIsNotTrusted(JwsAlgorithm algorithm) throws Exception {
            Reports reports = DssDirect.validate(seal(algorithm, false, "iat"));
            SignatureWrapper signature = DssDirect.onlySignature(reports);

            assertThat(signature.isSignatureIntact()).isTrue();
            assertThat(signature.isSignatureValid()).isTrue();
            assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.JAdES_BASELINE_B);
            assertThat(signature.getSignatureAlgorithm().getJWAId()).isEqualTo(algorithm.name());
            assertThat(reports.getSimpleReport().getIndication(signature.getId())).isEqualTo(Indication.INDETERMINATE);
            assertThat(reports.getSimpleReport().getSubIndication(signature.getId())).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
            assertThat(signature.isTrustedChain()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(JwsAlgorithm.class)
        void notAfterOneByteOfThePayloadChanged(JwsAlgorithm algorithm) throws Exception {
            Reports reports = DssDirect.validate(Tamper.oneByteOfPayload(seal(algorithm, false, "iat")));
            SignatureWrapper signature = DssDirect.onlySignature(reports);

            assertThat(signature.isSignatureIntact()).isFalse();
            assertThat(reports.getSimpleReport().getIndication(signature.getId())).isEqualTo(Indication.TOTAL_FAILED);
            assertThat(reports.getSimpleReport().getSubIndication(signature.getId())).isEqualTo(SubIndication.HASH_FAILURE);
        }
    }

    @Nested
    class WrittenAsDssWritesIt {
        /** Line breaks, a raw tab, escaped quotes and backslashes, U+2028 and a character outside the BMP. */
        private static final String AWKWARD = "{\n\t  \"note\" : \"Ørjan's \\\"quoted\\\" \\\\ path\\tand\u2028line \ud83c\udf93 \\u0001\"\n}";

        @ParameterizedTest(name = "demo key {0}")
        @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
        void theSameSealAsDssSignDocumentForTheSameTime(boolean demo) throws Exception {
            // RS256 signs deterministically, so DSS's own seal for the same time must equal ours to the signature
            JadesSealer sealer = new JadesSealer(SealingKeys.of(keys, JwsAlgorithm.RS256, demo), null, "iat");
            for (String credential : List.of(CREDENTIAL, AWKWARD)) {
                SealForm.Sealed ours = sealer.sealWithTime(credential);
                SealForm.Sealed dss = sealer.sealByDss(credential, ours.signingTime());

                assertThat(JSON.readTree(ours.text())).isEqualTo(JSON.readTree(dss.text()));
                assertThat(JSON.readTree(ours.text()).get("payload").asText()).isEqualTo(credential);
            }
        }

        @Test
        void anEcdsaSealOfAnAwkwardPayloadVerifiesWithDss() throws Exception {
            String sealed = new JadesSealer(SealingKeys.of(keys, JwsAlgorithm.ES256, false), null, "iat").seal(AWKWARD);
            SignatureWrapper signature = DssDirect.onlySignature(DssDirect.validate(sealed));

            assertThat(signature.isSignatureIntact()).isTrue();
            assertThat(signature.isSignatureValid()).isTrue();
        }
    }

    @Nested
    class WithATimestampAuthority {
        @Test
        void sealsAtBaselineTWithContentAndSignatureTimestampsAsTheSamples() throws Exception {
            try (TimestampAuthorityStub tsa = new TimestampAuthorityStub()) {
                JadesSealer sealer = new JadesSealer(SealingKeys.of(keys, JwsAlgorithm.ES256, false), tsa.url(), "iat");
                String sealed = sealer.seal(CREDENTIAL);

                JsonNode signature = JSON.readTree(sealed).get("signatures").get(0);
                assertThat(protectedHeader(sealed).has("adoTst")).isTrue();
                assertThat(signature.get("header").get("etsiU")).hasSize(1);
                assertThat(tsa.requests()).isEqualTo(2);
                SignatureWrapper validated = DssDirect.onlySignature(DssDirect.validate(sealed));
                assertThat(validated.isSignatureIntact()).isTrue();
                assertThat(validated.getSignatureFormat()).isEqualTo(SignatureLevel.JAdES_BASELINE_T);
                assertThat(validated.getTimestampList()).hasSize(2).allSatisfy(t -> assertThat(t.isSignatureIntact()).isTrue());
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
