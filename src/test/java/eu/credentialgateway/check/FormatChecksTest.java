package eu.credentialgateway.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter's {@code check.normaliser} chooses a format-specific check, whatever the format is called; without it an
 * adapter gets the generic check of its kind; a name that does not exist, or that reads another kind, stops the start.
 */
class FormatChecksTest {
    private static final String UUID = "3f2c1a5e-0000-4000-8000-00000000c4ec";
    private static final String DETECTION = "xml.root=elmo\nxml.namespaces=-\n";
    /** ELMO in no namespace: one report with one titled learning opportunity, a learner. */
    private static final String TRANSCRIPT = "<elmo><learner><givenNames>A</givenNames></learner>"
            + "<report><issuer><title>U</title></issuer><learningOpportunitySpecification><title>Course</title>"
            + "</learningOpportunitySpecification></report></elmo>";
    private static final String NO_LEARNER = "<elmo><report><learningOpportunitySpecification><title>Course</title>"
            + "</learningOpportunitySpecification></report></elmo>";

    @TempDir
    Path home;

    @Test
    void anAdapterOfAnyNameNamingTheElmoNormaliserGetsTheElmoCheck() throws IOException {
        CheckStage check = stage("transcript", "kind=xml\n" + DETECTION + "check.normaliser=elmo\n");
        // the ELMO check's anchors: each element names its enclosing report (the report is the root's second child)
        assertThat(run(check, "transcript", TRANSCRIPT))
                .contains("<learningOpportunitySpecification gw-id=\"" + UUID + ".2.2\"")
                .contains("gw-report=\"" + UUID + ".2\"");
        assertThatThrownBy(() -> run(check, "transcript", NO_LEARNER)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("missing-learner")));
    }

    @Test
    void withoutTheKeyEvenAFormatCalledElmoGetsTheGenericXmlCheck() throws IOException {
        CheckStage check = stage("elmo", "kind=xml\n" + DETECTION);
        assertThat(run(check, "elmo", NO_LEARNER))
                .contains("<learningOpportunitySpecification gw-id=\"" + UUID + ".1.1\"")
                .doesNotContain("gw-report");
    }

    @Test
    void aNormaliserThatDoesNotExistStopsTheStartNamingTheFileAndTheKnownOnes() throws IOException {
        assertThatThrownBy(() -> stage("tei", "kind=xml\nxml.root=TEI\ncheck.normaliser=tei\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tei.adapter.properties")
                .hasMessageContaining("check.normaliser=tei names no format-specific check; known: elmo");
    }

    @Test
    void aNormaliserOfAnotherKindStopsTheStart() throws IOException {
        assertThatThrownBy(() -> stage("records", "kind=json\ncheck.normaliser=elmo\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("records.adapter.properties")
                .hasMessageContaining("reads xml input, but the adapter's kind is json");
    }

    private CheckStage stage(String format, String properties) throws IOException {
        Files.createDirectories(home.resolve("mappings"));
        Files.writeString(home.resolve("mappings/" + format + ".adapter.properties"), properties);
        Files.writeString(home.resolve("mappings/" + format + ".rml.ttl"), "");
        return new CheckStage(CheckProperties.defaults(), AdapterCatalog.of(home));
    }

    private static String run(CheckStage check, String format, String body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:" + UUID);
        check.process(exchange);
        return new String(exchange.getMessage().getBody(byte[].class), StandardCharsets.UTF_8);
    }
}
