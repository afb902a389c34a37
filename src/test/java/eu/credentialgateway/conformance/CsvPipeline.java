package eu.credentialgateway.conformance;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.check.CsvRowStage;
import eu.credentialgateway.map.IssuerProperties;
import eu.credentialgateway.map.MapStage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;

/** The csv row check + map for tests, with the fixed clock and credential id that expected.ttl files assume. */
final class CsvPipeline {
    private final CamelContext camel = new DefaultCamelContext();
    private final CsvRowStage rowCheck = new CsvRowStage(ElmoPipeline.ADAPTERS);
    private final MapStage map = new MapStage(ElmoPipeline.ADAPTERS, IssuerProperties.demo(), ElmoPipeline.CLOCK);

    /** Runs the row (header line + one data row) through both stages; a rejection surfaces as their GatewayException. */
    Graph run(byte[] input) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(input);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "csv");
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, ElmoPipeline.CREDENTIAL_ID);
        exchange.setProperty(GatewayHeaders.ORIGINAL, input);
        rowCheck.process(exchange);
        map.process(exchange);
        return exchange.getMessage().getBody(Graph.class);
    }
}
