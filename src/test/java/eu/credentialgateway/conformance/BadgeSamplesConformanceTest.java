package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.credentialgateway.GatewayException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Acceptance of issue #4 for the badge formats, over EVERY sample of ../shared/anchors/formats/{openbadges-v2,
 * openbadges-v3, clr-v2}/samples (the directory listing, see {@link BadgeSamples}): a sample valid for its own format
 * converts, through the real routes ({@link RoutedConversion}), to an EDC that passes the OFFICIAL ELM shapes; a sample listed in
 * {@link BadgeSamples#NOT_CONVERTED} is quarantined with the code named there. An OB 2.0 assertion whose BadgeClass
 * is a URL is sent with the documents the 1EdTech validator's tests serve for its URLs ({@link BadgeSamples#body}).
 */
@GatewayTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadgeSamplesConformanceTest {

    @Autowired
    RoutedConversion routes;

    /** The samples to convert; without ../shared one placeholder, so the test runs once and reports the skip. */
    static Stream<String> convertible() throws IOException {
        List<String> samples = BadgeSamples.all().filter(s -> !BadgeSamples.NOT_CONVERTED.containsKey(s)).toList();
        return samples.isEmpty() ? Stream.of("(../shared is absent)") : samples.stream();
    }

    static Stream<Arguments> notConverted() {
        return BadgeSamples.NOT_CONVERTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue().code()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("convertible")
    void convertsToAnEdcThatPassesTheOfficialShapes(String sample) throws Exception {
        Path formats = BadgeSamples.formatsOrSkip();
        RoutedConversion.Converted credential = routes.convert(BadgeSamples.format(sample), BadgeSamples.body(formats, sample));
        ValidationReport report = OfficialElm.validate(credential.graph(), OfficialElm.sharedOrSkip(), OfficialElm.CONVERTED);
        assertThat(report.conforms()).as(() -> report.getEntries().stream().limit(20)
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).collect(Collectors.joining("\n"))).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("notConverted")
    void isQuarantinedWithTheNamedReason(String sample, String code) throws Exception {
        Path formats = BadgeSamples.formatsOrSkip();
        assumeTrue(Files.isRegularFile(formats.resolve(sample)), "sample absent from ../shared");
        byte[] body = BadgeSamples.body(formats, sample);
        GatewayException refused = catchThrowableOfType(GatewayException.class,
                () -> routes.convert(BadgeSamples.format(sample), body));
        assertThat(refused).as("%s must be quarantined with %s", sample, code).isNotNull();
        assertThat(refused.findings().get(0).code()).as(refused.getMessage()).isEqualTo(code);
    }

    @Test
    void theExclusionListNamesOnlySamplesThatExist() throws IOException {
        BadgeSamples.formatsOrSkip();
        List<String> listed = BadgeSamples.all().toList();
        assertThat(listed).containsAll(BadgeSamples.NOT_CONVERTED.keySet());
    }
}
