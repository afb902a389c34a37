package eu.credentialgateway.check.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Open Badges 2.0 / 3.0 and CLR 2.0 samples of ../shared against the formats' structure rules
 * (mappings/<f>.rules.properties), with the clock at 2026-01-01: each sample's FIRST rejection code, or "-"
 * when the rules let it through to the mapping. An OB 2.0 assertion that names its BadgeClass by URL is
 * refused alone (badge-class-not-supplied: hosted documents are never fetched); sent with its assets it
 * converts (conformance/BadgeSamplesConformanceTest runs the whole pipeline over every sample). simple-err-proof-value
 * (OB 3.0, a well-formed key) passes the rules: the next prepare step, gateway:dataIntegrity, finds its proof invalid.
 */
class BadgeSamplesRulesTest {
    private static final String NOW = "2026-01-01T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> expectations() {
        String[] pairs = {
                "openbadges-v2/samples/1edtech-validator/assertion-with-data-image.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/assertion-with-extension-node-basic.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/assertion-with-extension-node-invalid.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/badge-class-with-language.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-expired-before-issued.json", "expires-before-issued",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-expired.json", "expired",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-in-future.json", "issued-in-future",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-invalid-context.json", "not-open-badges-2",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-invalid-type.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-no-public-key.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-with-allowed-origins-invalid-starts-with.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-with-allowed-origins-valid-multiple-starts-with.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-with-allowed-origins-valid-starts-with.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/basic-assertion-with-allowed-origins.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/basic-assertion.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/issuer-compact-iri-validation.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/rdf-validation/badge-class-invalid-issuer-type.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/rdf-validation/invalid-class.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/rdf-validation/invalid-empty-type.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/rdf-validation/invalid-one-invalid-class.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/rdf-validation/valid-alignment-object.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/rdf-validation/valid-badge-class-empty-criteria-type.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/rdf-validation/valid-badge-class.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/rdf-validation/valid-cool-class.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/rdf-validation/valid-issuer-extension.json", "no-assertion",
                "openbadges-v2/samples/1edtech-validator/warning-issuer-non-http.json", "badge-class-not-supplied",
                "openbadges-v2/samples/1edtech-validator/warning-with-redirection.json", "badge-class-not-supplied",
                "openbadges-v2/samples/legacy-versions/badgr_0_5_basic_instance.json", "no-assertion",
                "openbadges-v2/samples/legacy-versions/badgr_1_0_basic_badgeclass.json", "no-assertion",
                "openbadges-v2/samples/legacy-versions/badgr_1_0_basic_instance.json", "no-assertion",
                "openbadges-v2/samples/legacy-versions/badgr_1_0_basic_instance_with_bad_date.json", "no-assertion",
                "openbadges-v2/samples/legacy-versions/badgr_1_0_basic_issuer.json", "no-assertion",
                "openbadges-v2/samples/legacy-versions/badgr_2_0_assertion_embedded_badgeclass.json", "-",
                "openbadges-v3/samples/1edtech-spec-examples/Achievement_Alignment.json", "-",
                "openbadges-v3/samples/1edtech-spec-examples/Basic_OpenBadgeCredential.json", "-",
                "openbadges-v3/samples/1edtech-spec-examples/Complete_OpenBadgeCredential.json", "-",
                "openbadges-v3/samples/1edtech-spec-examples/EndorsementCredential.json", "invalid-credential-type",
                "openbadges-v3/samples/1edtech-spec-examples/Skill_Assertion.json", "-",
                "openbadges-v3/samples/1edtech-validator/bit-string-list/credential-status-revoked-blank-nodes.json", "-",
                "openbadges-v3/samples/1edtech-validator/bit-string-list/credential-status-revoked.json", "-",
                "openbadges-v3/samples/1edtech-validator/complete_v1.json", "expired",
                "openbadges-v3/samples/1edtech-validator/credential-status-revoked.json", "-",
                "openbadges-v3/samples/1edtech-validator/endorsement-err-schema-status-refresh.json", "invalid-credential-type",
                "openbadges-v3/samples/1edtech-validator/sd/derivedcredential.json", "-",
                "openbadges-v3/samples/1edtech-validator/simple-context-alias.json", "-",
                "openbadges-v3/samples/1edtech-validator/simple-context-version.json", "-",
                "openbadges-v3/samples/1edtech-validator/simple-did-key-method.json", "-",
                "openbadges-v3/samples/1edtech-validator/simple-did-web-method.json", "-",
                "openbadges-v3/samples/1edtech-validator/simple-eddsa-2022.json", "-",
                "openbadges-v3/samples/1edtech-validator/simple-err-context.json", "invalid-context",
                "openbadges-v3/samples/1edtech-validator/simple-err-credential-subject-achievement-result-description-type.json", "invalid-result-description-type",
                "openbadges-v3/samples/1edtech-validator/simple-err-credential-subject-identifier-type.json", "invalid-identity-type",
                "openbadges-v3/samples/1edtech-validator/simple-err-credential-subject-profile-type.json", "invalid-profile-type",
                "openbadges-v3/samples/1edtech-validator/simple-err-credential-subject-result-type.json", "invalid-result-type",
                "openbadges-v3/samples/1edtech-validator/simple-err-credential-subject-type.json", "invalid-credential-subject-type",
                "openbadges-v3/samples/1edtech-validator/simple-err-evidence-type.json", "invalid-evidence-type",
                "openbadges-v3/samples/1edtech-validator/simple-err-expired.json", "expired",
                "openbadges-v3/samples/1edtech-validator/simple-err-issued.json", "not-yet-valid",
                "openbadges-v3/samples/1edtech-validator/simple-err-issuer-otheridentifier-type.json", "invalid-identifier-entry-type",
                "openbadges-v3/samples/1edtech-validator/simple-err-issuer-parentorg-type.json", "invalid-profile-type",
                "openbadges-v3/samples/1edtech-validator/simple-err-issuer-type.json", "invalid-issuer-type",
                "openbadges-v3/samples/1edtech-validator/simple-err-issuer.json", "missing-issuer",
                "openbadges-v3/samples/1edtech-validator/simple-err-proof-method-no-scheme.json", "invalid-proof-method",
                "openbadges-v3/samples/1edtech-validator/simple-err-proof-method-unknown-did-method.json", "invalid-proof-method",
                "openbadges-v3/samples/1edtech-validator/simple-err-proof-method-unknown-scheme.json", "invalid-proof-method",
                "openbadges-v3/samples/1edtech-validator/simple-err-proof-method.json", "invalid-proof-key",
                "openbadges-v3/samples/1edtech-validator/simple-err-proof-value.json", "-",
                "openbadges-v3/samples/1edtech-validator/simple-err-type.json", "invalid-credential-type",
                "openbadges-v3/samples/1edtech-validator/simple-multiple-proofs.json", "-",
                "openbadges-v3/samples/1edtech-validator/simple-noproof.json", "missing-achievement",
                "openbadges-v3/samples/1edtech-validator/simple.json", "-",
                "openbadges-v3/samples/1edtech-validator/simple_v1.json", "-",
                "openbadges-v3/samples/educredentials-nl/ref_full_ex.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/mbob_eo_eov_extracurricular_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/mbob_eo_eov_microcredential_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/mbob_eo_eov_regular_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/mbob_ht_pf_extracurricular_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/mbob_ht_pf_microcredential_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/mbob_ht_pf_regular_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/mbob_zw_ssb_extracurricular_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/mbob_zw_ssb_microcredential_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/mbob_zw_ssb_regular_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_extracurricular_embedded_ho.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_extracurricular_full_ho.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_extracurricular_full_mbo.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_extracurricular_minimal_ho.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_microcredential_embedded_ho.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_microcredential_full_ho.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_microcredential_full_mbo.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_microcredential_minimal_ho.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_regular_embedded_ho.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_regular_full_ho.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_regular_full_mbo.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/theed_regular_minimal_ho.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/uvh_fvhz_microcredential_full.json", "-",
                "openbadges-v3/samples/educredentials-nl/samples/uvh_fvhz_regular_full.json", "-",
                "clr-v2/samples/1edtech-validator/simple-noproof.json", "-",
                "clr-v2/samples/1edtech-validator/simple.json", "-",
                "clr-v2/samples/1edtech-validator/simple_old_safesigned.json", "-",
                "clr-v2/samples/1edtech-validator/simple_v1.json", "-"
        };
        Stream.Builder<Arguments> all = Stream.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            all.add(Arguments.of(pairs[i], pairs[i + 1]));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("expectations")
    void rulesGiveTheExpectedFirstRejection(String sample, String expected) throws Exception {
        Path file = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats").resolve(sample).normalize();
        assumeTrue(Files.isRegularFile(file), "../shared is absent: skipping the badge samples");
        String format = sample.substring(0, sample.indexOf('/'));
        JsonRules rules = JsonRules.read(Path.of(System.getProperty("user.dir"), "mappings", format + JsonRulesStage.SUFFIX));
        List<Finding> rejections = rules.check(JSON.readTree(file.toFile()), NOW).stream().filter(f -> !rules.isNote(f.code())).toList();
        assertEquals(expected, rejections.isEmpty() ? "-" : rejections.get(0).code());
    }
}
