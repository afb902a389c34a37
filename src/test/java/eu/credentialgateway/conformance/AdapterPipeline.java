package eu.credentialgateway.conformance;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckStage;
import eu.credentialgateway.map.IssuerProperties;
import eu.credentialgateway.map.MapStage;
import eu.credentialgateway.validate.SanityStage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;

/**
 * What a case of {@code test-data/<format>/<case>/} goes through, with the running gateway's routes and beans:
 * the format's {@code direct:<format>-prepare} route when it has one, then check and map (map with the fixed clock
 * and credential id expected.ttl files assume), then the semantic sanity check.
 */
public final class AdapterPipeline {
    /** gateway:sanity, which the pipeline runs after align: it judges literals, which align does not change. */
    private static final SanityStage SANITY = new SanityStage();
    private final CamelContext camel;
    private final ProducerTemplate template;
    private final CheckStage check;
    private final MapStage map;

    public AdapterPipeline(CamelContext camel, AdapterCatalog adapters, CheckStage check) {
        this.camel = camel;
        this.template = camel.createProducerTemplate();
        this.check = check;
        this.map = new MapStage(adapters, IssuerProperties.demo(), ElmoPipeline.CLOCK);
    }

    /** Runs prepare (if any), check and map; a rejection surfaces as the stages' GatewayException. */
    public Graph run(String format, byte[] input) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(input);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, ElmoPipeline.CREDENTIAL_ID);
        exchange.setProperty(GatewayHeaders.ORIGINAL, input);
        if (hasPrepareRoute(format)) {
            template.send("direct:" + format + "-prepare", exchange);
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
        }
        check.process(exchange);
        map.process(exchange);
        SANITY.process(exchange);
        return exchange.getMessage().getBody(Graph.class);
    }

    private boolean hasPrepareRoute(String format) {
        String uri = "direct://" + format + "-prepare";
        return camel.getRoutes().stream().anyMatch(r -> uri.equals(r.getEndpoint().getEndpointUri()));
    }
}
