package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An unsigned credential with legal JSON-LD 1.1 context entries still converts through the real routes (contexts are
 * not processed there).
 */
@GatewayTestContext
class ObjectContextsConvertTest {
    @Autowired
    RoutedConversion routes;

    @Test
    void legalJsonLdContextsConvert() throws Exception {
        String base = Files.readString(Path.of("test-data/openbadges-v3/vc2-results-credits/input.json"));
        String[] contexts = {
            "{\"@version\": 1.1, \"@protected\": true, \"x\": \"urn:x:x\"}",
            "{\"@import\": \"https://evil.example/ctx.json\"}",
            "{\"name\": {\"@id\": \"urn:x:name\", \"@protected\": true}}",
            "{\"@vocab\": \"urn:v:\"}"};
        for (String extra : contexts) {
            String input = base.replace("\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"", "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\", " + extra);
            RoutedConversion.Converted converted = routes.convert("openbadges-v3", input.getBytes(StandardCharsets.UTF_8));
            assertThat(converted.json()).as(extra).contains("Statistique appliquée");
        }
    }
}
