package eu.credentialgateway.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.OutputProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProfileStageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CONTEXTS = Path.of("ontologies/context");
    private static final Path SIGNED_SAMPLES = ProfileChecks.SHARED.resolve("anchors/edc/samples/elm-v3-jsonld");
    private static ProfileStage stage;

    @BeforeAll
    static void stage() {
        stage = new ProfileStage(ProfileChecks.properties(), OutputProfile.EDC_JADES, CONTEXTS);
    }

    static Exchange exchange(String body, String profile, String format) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(body);
        if (profile != null) {
            exchange.getMessage().setHeader(GatewayHeaders.PROFILE, profile);
        }
        if (format != null) {
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        }
        return exchange;
    }

    /** The EDC JSON-LD inside an official signed sample (its JAdES payload). */
    static String officialCredential(String file) throws Exception {
        Path sample = SIGNED_SAMPLES.resolve(file);
        assumeTrue(Files.isRegularFile(sample), "../shared is absent: skipping the official EDC samples");
        return JSON.readTree(Files.readString(sample)).get("payload").asText();
    }

    @Nested
    class ChoosesTheProfile {
        private final ProfileStage configured = new ProfileStage(ProfileProperties.defaults().withFormat("elmo", "turtle"),
                OutputProfile.EDC_JADES, CONTEXTS);

        @Test
        void fromTheExchangeFirstThenTheFormatsSettingThenTheDefault() {
            assertThat(configured.profileOf(exchange("{}", "ob3", "elmo"))).isEqualTo(OutputProfile.OB3);
            assertThat(configured.profileOf(exchange("{}", null, "elmo"))).isEqualTo(OutputProfile.TURTLE);
            assertThat(configured.profileOf(exchange("{}", null, "csv"))).isEqualTo(OutputProfile.EDC_JADES);
            assertThat(configured.profileOf(exchange("{}", " EBSI-JWT ", null))).isEqualTo(OutputProfile.EBSI_JWT);
        }

        @Test
        void anUnknownNameIsRefusedWithTheKnownOnes() {
            assertThatThrownBy(() -> configured.process(exchange("{\"id\":\"urn:x\"}", "pdf", null)))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.findings()).extracting(Finding::code).containsExactly("unknown-profile");
                        assertThat(e.findings().get(0).message()).contains("ebsi-jwt", "ob3", "turtle");
                    });
        }

        @Test
        void anUnknownProfileInTheSettingsStopsTheStart() {
            assertThatThrownBy(() -> ProfileProperties.defaults().withFormat("elmo", "pdf")).hasMessageContaining("gateway.profile.by-format.elmo");
        }

        @Test
        void edcJadesLeavesTheJsonLdAsItIs() {
            Exchange exchange = exchange("{\"id\":\"urn:x\"}", null, null);
            configured.process(exchange);
            assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("{\"id\":\"urn:x\"}");
            assertThat(exchange.getMessage().getHeader(GatewayHeaders.PROFILE)).isEqualTo("edc-jades");
            assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/ld+json");
        }
    }

    @Nested
    class TheOfficialSignedSamples {
        @Test
        void passTheEbsiSchemaInTheirEbsiFormAndTheOpenBadgesSchemaInTheirOb3Form() throws Exception {
            assumeTrue(ProfileChecks.schemasAvailable(), "../shared is absent: skipping the official JSON Schemas");
            for (String sample : List.of("Sample-MC-Annex1-signed.jsonld", "Sample-CertOfPart-signed.jsonld")) {
                for (OutputProfile profile : List.of(OutputProfile.EBSI_JWT, OutputProfile.OB3)) {
                    Exchange exchange = exchange(officialCredential(sample), profile.id(), null);
                    stage.process(exchange);
                    JsonNode form = JSON.readTree(exchange.getMessage().getBody(String.class));
                    assertThat(stage.schemas().check(profile, form)).as(sample + " " + profile.id()).isEmpty();
                }
            }
        }

        @Test
        void inTheEbsiFormEveryNodeIsWrittenInFullWithOneTypeAndTwoLetterLanguageKeys() throws Exception {
            Exchange exchange = exchange(officialCredential("Sample-MC-Annex1-signed.jsonld"), "ebsi-jwt", null);
            stage.process(exchange);
            JsonNode form = JSON.readTree(exchange.getMessage().getBody(String.class));

            assertThat(form.get("@context").toString()).isEqualTo("[\"https://www.w3.org/ns/credentials/v2\",\"http://data.europa.eu/snb/model/context/edc-ap\"]");
            assertThat(form.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"VerifiableAttestation\",\"EuropeanDigitalCredential\"]");
            assertThat(form.has("issuanceDate")).isFalse();
            assertThat(form.get("credentialSchema").findValuesAsText("type")).contains("JsonSchema");
            assertThat(form.get("credentialSchema").findValuesAsText("id")).contains(ProfileProperties.EBSI_EDC_SCHEMA);
            List<String> problems = new ArrayList<>();
            walk(form, "", problems);
            assertThat(problems).isEmpty();
            assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/vc");
        }

        private void walk(JsonNode node, String path, List<String> problems) {
            if (node.isObject()) {
                if (!path.isEmpty() && node.size() == 1 && node.has("id")) {
                    problems.add(path + " is a bare reference");
                }
                if (!path.isEmpty() && node.has("type") && !node.get("type").isTextual()) {
                    problems.add(path + " has more than one type");
                }
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    if (List.of("title", "prefLabel", "legalName", "noteLiteral", "description").contains(field.getKey())) {
                        field.getValue().fieldNames().forEachRemaining(key -> {
                            if (!key.matches("[a-z]{2}")) {
                                problems.add(path + "/" + field.getKey() + " has the language key " + key);
                            }
                        });
                    }
                    walk(field.getValue(), path + "/" + field.getKey(), problems);
                }
            } else if (node.isArray()) {
                node.forEach(element -> walk(element, path + "[]", problems));
            }
        }

        @Test
        void aCredentialTheEbsiSchemaCannotHoldIsRefusedWithFindingsThatNameKeysNotValues() throws Exception {
            assumeTrue(ProfileChecks.schemasAvailable(), "../shared is absent: skipping the official JSON Schemas");
            ObjectNode credential = (ObjectNode) JSON.readTree(officialCredential("Sample-MC-Annex1-signed.jsonld"));
            credential.remove("displayParameter");
            ((ObjectNode) credential.get("credentialSubject")).put("dateOfBirth", "Andromeda");

            assertThatThrownBy(() -> stage.process(exchange(credential.toString(), "ebsi-jwt", null)))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.findings()).extracting(Finding::code).contains("ebsi-jwt-schema-required");
                        assertThat(e.findings()).filteredOn(f -> f.code().equals("ebsi-jwt-schema-required"))
                                .extracting(Finding::location).contains("");
                        assertThat(e.findings()).extracting(Finding::message).noneMatch(m -> m.contains("Andromeda"));
                    });
        }
    }

    @Test
    void withCheckIssuedOffTheFormGoesOutUncheckedForTheVerifierToJudge() throws Exception {
        assumeTrue(ProfileChecks.schemasAvailable(), "../shared is absent: skipping the official JSON Schemas");
        ProfileProperties unchecked = new ProfileProperties(java.util.Map.of(), ProfileChecks.EBSI_SCHEMA, ProfileChecks.OB3_SCHEMA,
                ProfileProperties.EBSI_EDC_SCHEMA, false);
        ObjectNode credential = (ObjectNode) JSON.readTree(officialCredential("Sample-MC-Annex1-signed.jsonld"));
        credential.remove("displayParameter");
        Exchange exchange = exchange(credential.toString(), "ebsi-jwt", null);

        new ProfileStage(unchecked, OutputProfile.EDC_JADES, CONTEXTS).process(exchange);

        assertThat(stage.schemas().check(OutputProfile.EBSI_JWT, JSON.readTree(exchange.getMessage().getBody(String.class))))
                .extracting(Finding::code).contains("ebsi-jwt-schema-required");
    }

    @Nested
    class GivesLiteralsTheirJsonTypes {
        @Test
        void datesBecomeDateTimesWithAZone() {
            assertThat(Literals.dateTime("2001-01-09")).isEqualTo("2001-01-09T00:00:00Z");
            assertThat(Literals.dateTime("2001-01-09T10:30:00")).isEqualTo("2001-01-09T10:30:00Z");
            assertThat(Literals.dateTime("2025-08-30T10:00:00+02:00")).isEqualTo("2025-08-30T10:00:00+02:00");
            assertThat(Literals.dateTime("2025-08-30T10:00:00Z")).isEqualTo("2025-08-30T10:00:00Z");
        }

        @Test
        void numbersAndBooleansBecomeJsonNumbersAndBooleansAndBadOnesStayText() {
            assertThat(Literals.typed("1", "positiveInteger").isIntegralNumber()).isTrue();
            assertThat(Literals.typed("7.5", "decimal").decimalValue()).isEqualByComparingTo("7.5");
            assertThat(Literals.typed("true", "boolean").booleanValue()).isTrue();
            assertThat(Literals.typed("six", "integer").asText()).isEqualTo("six");
            assertThat(Literals.typed("6", null).isTextual()).isTrue();
        }

        @Test
        void languageCodesComeFromTagsAndEuAuthorityIris() {
            assertThat(LanguageCodes.twoLetter("en-GB")).isEqualTo("en");
            assertThat(LanguageCodes.twoLetter("deu")).isEqualTo("de");
            assertThat(LanguageCodes.twoLetter("ger")).isEqualTo("de");
            assertThat(LanguageCodes.twoLetter("und")).isNull();
            assertThat(LanguageCodes.twoLetterOfLanguageIri("http://publications.europa.eu/resource/authority/language/ENG")).isEqualTo("en");
            assertThat(LanguageCodes.alpha2OfCountryIri("http://publications.europa.eu/resource/authority/country/BEL")).isEqualTo("BE");
        }
    }

    @Nested
    class ReadsTheAcceptHeader {
        @Test
        void theBestProfileMediaTypeWins() {
            assertThat(OutputProfile.acceptedBy("application/vc+jwt")).contains(OutputProfile.EBSI_JWT);
            assertThat(OutputProfile.acceptedBy("text/turtle;q=0.5, application/jwt")).contains(OutputProfile.OB3);
            assertThat(OutputProfile.acceptedBy("application/jose+json;q=0.9, application/n-quads;q=0.2")).contains(OutputProfile.EDC_JADES);
            assertThat(OutputProfile.acceptedBy("*/*")).isEmpty();
            assertThat(OutputProfile.acceptedBy(null)).isEmpty();
        }
    }
}
