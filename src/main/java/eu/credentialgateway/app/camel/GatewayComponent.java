package eu.credentialgateway.app.camel;

import eu.credentialgateway.Step;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code gateway:} component: {@code gateway:<step>?options} runs one pipeline {@link Step}, so that the
 * pipeline is visible in routes/. It holds no step logic: each step is a Processor bean named
 * {@code <step>Stage} (for example {@code check.CheckStage}). A route naming no known step fails to start, and the
 * error lists the steps there are.
 */
public class GatewayComponent extends DefaultComponent {
    private final MeterRegistry meters;

    /** A component without metrics. */
    public GatewayComponent() {
        this(null);
    }

    /** A component timing every step in {@code meters} (timer {@code gateway.step}, tags {@code step}, {@code stage}, {@code outcome}). */
    public GatewayComponent(MeterRegistry meters) {
        this.meters = meters;
    }

    MeterRegistry meters() {
        return meters;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        GatewayConfiguration configuration = new GatewayConfiguration();
        configuration.setStep(Step.of(remaining));
        GatewayEndpoint endpoint = new GatewayEndpoint(uri, this, configuration);
        setProperties(configuration, parameters);
        return endpoint;
    }
}
