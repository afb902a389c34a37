package eu.credentialgateway.adapter;

import eu.credentialgateway.GatewayHeaders;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:prepare} in routes/pipeline.yaml: sends the input to its format's {@code direct:<format>-prepare}
 * route (format-specific pre-steps in the adapter's routes/&lt;format&gt;.yaml) when the adapter has one, and does
 * nothing otherwise. A failure in that route is thrown again here, so the pipeline's quarantine takes it (a
 * sub-route's own error handler would otherwise keep it from the pipeline's onException).
 */
@Component("prepareStage")
public class PrepareStage implements Processor {
    private final CamelContext camel;
    private final Map<String, Boolean> hasRoute = new ConcurrentHashMap<>();
    private volatile ProducerTemplate template;

    public PrepareStage(CamelContext camel) {
        this.camel = camel;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String format = exchange.getMessage().getHeader(GatewayHeaders.FORMAT, String.class);
        if (format == null) {
            return;
        }
        String uri = "direct://" + format + "-prepare";
        if (!hasRoute.computeIfAbsent(format, f -> camel.getRoutes().stream().anyMatch(r -> uri.equals(r.getEndpoint().getEndpointUri())))) {
            return;
        }
        // a copy runs the prepare route, so its error handling leaves no marks on the pipeline's exchange
        Exchange prepared = producer().send(uri, exchange.copy());
        if (prepared.getException() != null) {
            throw prepared.getException();
        }
        exchange.getMessage().copyFrom(prepared.getMessage());
        exchange.getProperties().putAll(prepared.getProperties());
    }

    private ProducerTemplate producer() {
        ProducerTemplate current = template;
        if (current == null) {
            synchronized (this) {
                if (template == null) {
                    template = camel.createProducerTemplate();
                }
                current = template;
            }
        }
        return current;
    }
}
