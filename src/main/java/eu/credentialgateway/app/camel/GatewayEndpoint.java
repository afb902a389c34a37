package eu.credentialgateway.app.camel;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/** One pipeline step as an endpoint: producer only. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "gateway", title = "Gateway step", syntax = "gateway:step",
        producerOnly = true, remote = false, category = {Category.TRANSFORMATION})
public class GatewayEndpoint extends DefaultEndpoint {
    @UriParam
    private final GatewayConfiguration configuration;

    GatewayEndpoint(String uri, GatewayComponent component, GatewayConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        String beanName = configuration.getStep().beanName();
        Processor step = getCamelContext().getRegistry().lookupByNameAndType(beanName, Processor.class);
        if (step == null) {
            // a known step whose bean is missing is a wiring defect of ours, not a route author's mistake
            throw new IllegalStateException("no bean " + beanName + " runs the step " + configuration.getStep().id());
        }
        return new GatewayProducer(this, configuration, step, ((GatewayComponent) getComponent()).meters());
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("gateway: endpoints are steps to call, not sources: " + getEndpointUri());
    }
}
