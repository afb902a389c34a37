package eu.credentialgateway.conformance;

import eu.credentialgateway.GatewayHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** An unsigned credential with legal JSON-LD 1.1 context entries still converts (contexts are not processed there). */
class ObjectContextsConvertTest {
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
            byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
            GatewayStages stages = new GatewayStages();
            Exchange exchange = new DefaultExchange(new DefaultCamelContext());
            exchange.getMessage().setBody(bytes);
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "openbadges-v3");
            exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, ElmoPipeline.CREDENTIAL_ID);
            exchange.setProperty(GatewayHeaders.ORIGINAL, bytes);
            {
                new eu.credentialgateway.check.CheckStage(eu.credentialgateway.check.CheckProperties.defaults(), ElmoPipeline.ADAPTERS).process(exchange);
                new eu.credentialgateway.map.MapStage(ElmoPipeline.ADAPTERS, eu.credentialgateway.map.IssuerProperties.demo(), ElmoPipeline.CLOCK).process(exchange);
                GatewayStages.Converted converted = stages.finish(exchange.getMessage().getBody(org.apache.jena.graph.Graph.class));
                org.assertj.core.api.Assertions.assertThat(converted.json()).as(extra).contains("Statistique appliquée");
            }
        }
    }
}
