package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.Finding;
import eu.credentialgateway.OutputProfile;
import eu.credentialgateway.Step;
import eu.credentialgateway.profile.ProfileChecks;
import eu.credentialgateway.profile.ProfileProperties;
import eu.credentialgateway.profile.ProfileStage;
import eu.credentialgateway.seal.SealForms;
import eu.credentialgateway.seal.SealProperties;
import eu.credentialgateway.seal.SealStage;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.ValidateStage;
import eu.credentialgateway.verify.CredentialVerifier;
import eu.credentialgateway.verify.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every case of test-data that converts (ELMO, Open Badges 2.0 and 3.0, CLR, EDC XML, CSV) in every output profile,
 * through the real routes ({@link RoutedConversion}, the profile asked for as a caller does): the EBSI and OB 3.0 forms
 * pass their official JSON Schemas (with ../shared), are sealed as JWTs that verify with the gateway's public key and
 * through the verifier (seal intact, content valid), and fail it when one byte of the token changes; Turtle and
 * N-Quads state exactly the graph the gateway validated.
 */
@GatewayTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    RoutedConversion routes;
    @Autowired
    SealStage seal;
    @Autowired
    SealProperties sealing;
    /** Only to check forms against the official JSON Schemas of ../shared, which the test context does not configure. */
    private ProfileStage schemas;
    private CredentialVerifier verifier;

    @BeforeAll
    void verifier() {
        ProfileProperties properties = ProfileChecks.properties();
        schemas = new ProfileStage(properties, OutputProfile.EDC_JADES, Path.of("ontologies/context"));
        ValidateStage shapes = new ValidateStage(new ValidateProperties(Path.of("ontologies/shapes"), List.of()), ".");
        verifier = new CredentialVerifier(SealForms.all(sealing, seal), List.of(ProfileChecks.contentCheck(properties, schemas)),
                shapes, "own shapes", ContextDocuments.fromHome(Path.of(".")), Clock.systemUTC());
    }

    static Stream<AdapterCasesTest.Case> convertingCases() throws Exception {
        return AdapterCasesTest.everyCase().filter(c -> !c.refused());
    }

    private RoutedConversion.Converted convert(AdapterCasesTest.Case testCase, OutputProfile profile) throws Exception {
        return routes.convert(testCase.format(), Files.readAllBytes(AdapterCasesTest.input(testCase.folder())), profile.id());
    }

    @ParameterizedTest(name = "test-data/{0}")
    @MethodSource("convertingCases")
    void ebsiAndOpenBadgeFormsPassTheirSchemasAndVerifyAsJwtsSignedByTheGateway(AdapterCasesTest.Case testCase) throws Exception {
        for (OutputProfile profile : List.of(OutputProfile.EBSI_JWT, OutputProfile.OB3)) {
            RoutedConversion.Converted converted = convert(testCase, profile);
            JsonNode form = JSON.readTree(converted.form());
            assertThat(converted.formType()).isEqualTo(profile.unsealedMediaType());
            if (ProfileChecks.schemasAvailable()) {
                assertThat(schemas.schemas().check(profile, form)).as(testCase + " " + profile.id()).isEmpty();
            }
            String token = converted.body();
            assertThat(converted.contentType()).isEqualTo(profile.sealedMediaType());

            JWSObject jws = JWSObject.parse(token);
            PublicKey gatewayKey = SealForms.certificates(seal).get(0).getPublicKey();
            assertThat(jws.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), gatewayKey)))
                    .as("%s %s verifies with the gateway's public key", testCase, profile.id()).isTrue();
            assertThat(JSON.readTree(jws.getPayload().toString()).get("jti").asText()).isEqualTo(form.get("id").asText());

            VerificationReport report = verifier.verify(token);
            assertThat(report.form()).isEqualTo(profile.id());
            assertThat(report.valid()).as(testCase + " " + profile.id() + ": " + report.summary()).isTrue();
            assertThat(report.seal().signatures().get(0).trust()).contains("this gateway's own seal key");
            assertThat(report.content().checked()).isEqualTo(ProfileChecks.schemasAvailable());

            VerificationReport tampered = verifier.verify(oneByteChangedInPayload(token));
            assertThat(tampered.valid()).as(testCase + " " + profile.id() + " tampered").isFalse();
            assertThat(tampered.seal().signatures().get(0).subIndication()).isEqualTo("SIG_CRYPTO_FAILURE");
        }
    }

    @ParameterizedTest(name = "test-data/{0}")
    @MethodSource("convertingCases")
    void turtleAndNQuadsStateTheGraphTheGatewayValidated(AdapterCasesTest.Case testCase) throws Exception {
        for (OutputProfile profile : List.of(OutputProfile.TURTLE, OutputProfile.NQUADS)) {
            RoutedConversion.Converted converted = convert(testCase, profile);
            Graph read = GraphFactory.createDefaultGraph();
            RDFParser.create().fromString(converted.body())
                    .lang(profile == OutputProfile.TURTLE ? Lang.TURTLE : Lang.NQUADS).parse(read);
            assertThat(read.isIsomorphicWith(converted.graph())).as(testCase + " " + profile.id()).isTrue();
            assertThat(converted.contentType()).isEqualTo(profile.unsealedMediaType());
        }
    }

    private AdapterCasesTest.Case testCase(String format, String name) {
        return new AdapterCasesTest.Case(format, Path.of("test-data", format, name));
    }

    private JsonNode form(String format, String name, OutputProfile profile) throws Exception {
        return JSON.readTree(convert(testCase(format, name), profile).form());
    }

    @Test
    void theEbsiFormLeavesOutWhatItsSchemaHasNoPlaceForAndSaysSo() throws Exception {
        RoutedConversion.Converted converted = convert(testCase("elmo", "no-namespace"), OutputProfile.EBSI_JWT);

        assertThat(converted.notesOf(Step.PROFILE)).filteredOn(f -> f.code().equals("ebsi-left-out")).extracting(Finding::code, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ebsi-left-out", "/credentialSubject/hasClaim/awardedBy/awardingBody/homepage"));
        assertThat(converted.form()).doesNotContain("invented-nons.example\"}");
    }

    @Test
    void theEbsiFormGivesTextWithoutALanguageUnderThePrimaryLanguageAndSaysSo() throws Exception {
        // multilingual-titles: Greek first, one course title without xml:lang (und in the EDC form)
        RoutedConversion.Converted converted = convert(testCase("elmo", "multilingual-titles"), OutputProfile.EBSI_JWT);

        assertThat(converted.notesOf(Step.PROFILE)).filteredOn(f -> f.code().equals("ebsi-language-assumed")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("under \"el\", the credential's primary language"));
        assertThat(converted.form()).contains("\"el\":\"Seminar XR-204\"").doesNotContain("\"en\":\"Seminar XR-204\"");
    }

    @Test
    void aTranscriptBecomesOneOpenBadgeWithAResultPerGradedCourse() throws Exception {
        JsonNode badge = form("elmo", "multi-report", OutputProfile.OB3);

        JsonNode subject = badge.get("credentialSubject");
        assertThat(subject.get("achievement").get("name").asText()).isEqualTo(badge.get("name").asText())
                .isEqualTo("Learning achievements converted from EMREX ELMO");
        assertThat(subject.get("achievement").get("resultDescription").findValuesAsText("name")).containsExactly("Derecho romano", "Prawo europejskie");
        assertThat(subject.get("result").findValuesAsText("value")).containsExactly("Notable", "dobry");
        assertThat(subject.get("result").findValuesAsText("status")).containsExactly("Completed", "Completed");
        assertThat(subject.get("creditsEarned").decimalValue()).isEqualByComparingTo("10");
        assertThat(subject.get("identifier").get(0).get("identityType").asText()).isEqualTo("name");
        assertThat(badge.get("issuer").get("otherIdentifier").get(0).get("identifierType").asText()).isEqualTo("ext:eIDASIdentifier");
    }

    @Test
    void aBadgeKeepsItsAchievementWithAlignmentsCreditsAndCreator() throws Exception {
        JsonNode achievement = form("openbadges-v2", "separate-documents", OutputProfile.OB3).get("credentialSubject").get("achievement");

        assertThat(achievement.get("name").asText()).isEqualTo("Data literacy essentials");
        assertThat(achievement.get("description").asText()).isEqualTo("Reads, questions and presents simple data sets.");
        assertThat(achievement.get("creditsAvailable").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(achievement.get("alignment").findValuesAsText("targetUrl")).containsExactly("http://data.europa.eu/snb/eqf/5",
                "http://data.europa.eu/esco/skill/47a49cd6-097d-457a-9f7b-c290c14930d5");
        assertThat(achievement.get("alignment").findValuesAsText("targetFramework")).containsExactly("European Qualifications Framework", "ESCO");
        assertThat(achievement.get("criteria").get("narrative").asText()).startsWith("Learning outcomes: analyse big data");
        assertThat(achievement.get("creator").get("name").asText()).isEqualTo("Example Open Learning Academy");
    }

    /** The token with one character of its payload segment replaced by another base64url character. */
    static String oneByteChangedInPayload(String token) {
        int at = token.indexOf('.') + 20;
        char replaced = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replaced + token.substring(at + 1);
    }

}
