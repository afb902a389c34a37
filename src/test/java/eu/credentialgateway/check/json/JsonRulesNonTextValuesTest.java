package eu.credentialgateway.check.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structure rules over values a regular expression cannot test (JsonCheckFuzzTest's seeds met it as the hostile
 * corpus did: json-path threw "Could not determine value type" out of the stage, an internal error): legal JSON-LD 1.1
 * embedded contexts pass the Open Badges 3.0 rules, and a rule that cannot be evaluated refuses the input with its own
 * code.
 */
class JsonRulesNonTextValuesTest {
    private static final JsonRulesStage RULES = new JsonRulesStage(AdapterCatalog.of(Path.of(".")), CheckProperties.defaults(),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final String OB3_CONTEXT = "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"";

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"@version\": 1.1, \"@protected\": true, \"x\": \"urn:x:x\"}",
        "{\"@import\": \"https://evil.example/ctx.json\"}",
        "{\"name\": {\"@id\": \"urn:x:name\", \"@protected\": true}}",
        "[\"urn:nested\"]"})
    void anOpenBadges3CredentialWithAnEmbeddedContextPassesTheRules(String embedded) throws IOException {
        String credential = Files.readString(Path.of("test-data/openbadges-v3/vc2-results-credits/input.json"));
        assertThat(credential).contains(OB3_CONTEXT);
        assertThatNoException().isThrownBy(() -> rules("openbadges-v3", credential.replace(OB3_CONTEXT, OB3_CONTEXT + ", " + embedded)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[{\"@context\": 1}]"})
    void anEmbeddedContextFirstIsNotTheCredentialsContext(String embedded) throws IOException {
        String credential = Files.readString(Path.of("test-data/openbadges-v3/vc2-results-credits/input.json"))
                .replaceFirst("\"@context\"\\s*:\\s*\\[", "\"@context\": [" + embedded + ", ");
        assertThatThrownBy(() -> rules("openbadges-v3", credential)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.findings()).extracting(Finding::code).first().isEqualTo("invalid-context"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{}]", "[\"2025-06-30T12:00:00Z\", {\"@value\": \"2025\"}]"})
    void anIssueDateTheRuleCannotTestRefusesTheAssertionWithTheRulesCode(String issuedOn) throws IOException {
        String assertion = Files.readString(Path.of("test-data/openbadges-v2/separate-documents/input.json"))
                .replace("\"issuedOn\": \"2025-06-30T12:00:00Z\"", "\"issuedOn\": " + issuedOn);
        assertThat(assertion).contains("\"issuedOn\": " + issuedOn);
        assertThatThrownBy(() -> rules("openbadges-v2", assertion)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.findings()).extracting(Finding::code).contains("invalid-date"));
    }

    private static void rules(String format, String body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        exchange.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
        RULES.process(exchange);
    }
}
