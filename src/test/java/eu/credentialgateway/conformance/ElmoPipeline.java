package eu.credentialgateway.conformance;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.CheckStage;
import eu.credentialgateway.map.IssuerProperties;
import eu.credentialgateway.map.MapStage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;

/** check + map for tests, with the fixed clock and credential id that expected.ttl files assume. */
public final class ElmoPipeline {
    public static final String CREDENTIAL_ID = "urn:uuid:3f2c1a5e-0000-4000-8000-00000000e1e0";
    /** The adapters shipped in the project folder. */
    public static final AdapterCatalog ADAPTERS = AdapterCatalog.of(java.nio.file.Path.of("."));
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final CamelContext camel = new DefaultCamelContext();
    private final CheckStage check = new CheckStage(CheckProperties.defaults(), ElmoPipeline.ADAPTERS);
    private final MapStage map = new MapStage(ElmoPipeline.ADAPTERS, IssuerProperties.demo(), CLOCK);

    /** Runs both stages; a rejection surfaces as the stages' GatewayException. */
    public Graph run(byte[] input) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(input);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "elmo");
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, CREDENTIAL_ID);
        exchange.setProperty(GatewayHeaders.ORIGINAL, input);
        check.process(exchange);
        map.process(exchange);
        return exchange.getMessage().getBody(Graph.class);
    }
}
