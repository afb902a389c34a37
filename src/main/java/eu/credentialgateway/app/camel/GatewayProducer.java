package eu.credentialgateway.app.camel;

import eu.credentialgateway.GatewayHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultProducer;

/**
 * Puts the endpoint's options on the exchange and hands it to the step, timing it when the component has a
 * MeterRegistry: timer {@code gateway.stage}, tags {@code step} (e.g. {@code map}) and {@code outcome}
 * ({@code ok} or {@code failed}); its count is the number of calls.
 */
class GatewayProducer extends DefaultProducer {
    private final GatewayConfiguration configuration;
    private final Processor step;
    private final Timer ok;
    private final Timer failed;

    GatewayProducer(GatewayEndpoint endpoint, GatewayConfiguration configuration, Processor step, MeterRegistry meters) {
        super(endpoint);
        this.configuration = configuration;
        this.step = step;
        this.ok = meters == null ? null : timer(meters, configuration.getStep(), "ok");
        this.failed = meters == null ? null : timer(meters, configuration.getStep(), "failed");
    }

    private static Timer timer(MeterRegistry meters, String step, String outcome) {
        return Timer.builder("gateway.stage").description("Pipeline steps run through gateway:<step>")
                .tag("step", step).tag("outcome", outcome).register(meters);
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
        if (ok == null) {
            step.process(exchange);
            return;
        }
        long start = System.nanoTime();
        boolean succeeded = false;
        try {
            step.process(exchange);
            succeeded = exchange.getException() == null;
        } finally {
            (succeeded ? ok : failed).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
