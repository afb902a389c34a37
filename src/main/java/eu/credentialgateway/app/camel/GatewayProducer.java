package eu.credentialgateway.app.camel;

import eu.credentialgateway.GatewayHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultProducer;

/** Puts the endpoint's options on the exchange and hands it to the step. */
class GatewayProducer extends DefaultProducer {
    private final GatewayConfiguration configuration;
    private final Processor step;

    GatewayProducer(GatewayEndpoint endpoint, GatewayConfiguration configuration, Processor step) {
        super(endpoint);
        this.configuration = configuration;
        this.step = step;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (configuration.getFormat() != null) {
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, configuration.getFormat());
        }
        if (configuration.getOutcome() != null) {
            exchange.setProperty(GatewayConstants.OUTCOME, configuration.getOutcome());
        }
        if (configuration.getTarget() != null) {
            exchange.setProperty(GatewayConstants.TARGET, configuration.getTarget());
        }
        step.process(exchange);
    }
}
