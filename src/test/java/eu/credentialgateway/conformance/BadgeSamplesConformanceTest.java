package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckStage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acceptance of issue #4 for the badge formats: every Open Badges 2.0 / 3.0 and CLR 2.0 sample of ../shared that
 * is valid for its own format (the "-" entries of check/BadgeSamplesRulesTest) converts, with the real stages, to
 * an EDC that passes the OFFICIAL ELM shapes. An OB 2.0 1EdTech validator assertion whose BadgeClass is a URL is
 * meant to be sent together with the assets/ files it names (its BadgeClass and that class's Issuer) as one JSON
 * array. Known gap (not listed): CLR simple_v1.json holds two credentials for the same achievement id, which share
 * one node (awardedBy twice).
 */
@GatewayTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadgeSamplesConformanceTest {
    private static final GatewayStages GATEWAY = new GatewayStages();

    @Autowired
    CamelContext camel;
    @Autowired
    AdapterCatalog adapters;
    @Autowired
    CheckStage check;
    private AdapterPipeline pipeline;

    @BeforeAll
    void pipeline() {
        pipeline = new AdapterPipeline(camel, adapters, check);
    }

    /** format:sample[+asset...] (paths below anchors/formats). */
    static Stream<String> samples() {
        return Stream.of(
                "openbadges-v2:openbadges-v2/samples/legacy-versions/badgr_2_0_assertion_embedded_badgeclass.json",
                // the validator's basic assertion with the BadgeClass and Issuer it names, sent along as one array
                "openbadges-v2:openbadges-v2/samples/1edtech-validator/basic-assertion.json"
                        + "+openbadges-v2/samples/1edtech-validator/assets/robotics-badge.json"
                        + "+openbadges-v2/samples/1edtech-validator/assets/organization.json",
                "openbadges-v3:openbadges-v3/samples/1edtech-validator/simple.json",
                "openbadges-v3:openbadges-v3/samples/1edtech-validator/simple_v1.json",
                "openbadges-v3:openbadges-v3/samples/1edtech-spec-examples/Basic_OpenBadgeCredential.json",
                "openbadges-v3:openbadges-v3/samples/1edtech-spec-examples/Complete_OpenBadgeCredential.json",
                "openbadges-v3:openbadges-v3/samples/1edtech-spec-examples/Achievement_Alignment.json",
                "openbadges-v3:openbadges-v3/samples/educredentials-nl/samples/theed_regular_full_ho.json",
                "openbadges-v3:openbadges-v3/samples/educredentials-nl/samples/theed_microcredential_minimal_ho.json",
                "openbadges-v3:openbadges-v3/samples/educredentials-nl/ref_full_ex.json",
                "clr-v2:clr-v2/samples/1edtech-validator/simple.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void convertsToAnEdcThatPassesTheOfficialShapes(String sample) throws Exception {
        Path formats = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats").normalize();
        assumeTrue(Files.isDirectory(formats), "../shared is absent: skipping the badge samples");
        String format = sample.substring(0, sample.indexOf(':'));
        String[] files = sample.substring(format.length() + 1).split("\\+");
        String body;
        if (files.length == 1) {
            body = Files.readString(formats.resolve(files[0]), StandardCharsets.UTF_8);
        } else {
            StringBuilder array = new StringBuilder("[");
            for (String file : files) {
                array.append(array.length() > 1 ? "," : "").append(Files.readString(formats.resolve(file), StandardCharsets.UTF_8));
            }
            body = array.append(']').toString();
        }
        GatewayStages.Converted credential = GATEWAY.finish(pipeline.run(format, body.getBytes(StandardCharsets.UTF_8)));
        Path shared = OfficialElm.sharedOrSkip();
        ValidationReport report = OfficialElm.validate(credential.graph(), shared, OfficialElm.CONVERTED);
        assertThat(report.conforms()).as(() -> report.getEntries().stream().limit(20)
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).collect(Collectors.joining("\n"))).isTrue();
    }
}
