package eu.credentialgateway.app.camel;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code gateway:} component: {@code gateway:<step>?options} runs one pipeline step, so that the
 * pipeline is visible in routes/. It holds no step logic: each step is a Processor bean named
 * {@code <step>Stage} (for example {@code check.CheckStage}).
 */
public class GatewayComponent extends DefaultComponent {
    private final MeterRegistry meters;

    /** A component without metrics. */
    public GatewayComponent() {
        this(null);
    }

    /** A component timing every step in {@code meters} (timer {@code gateway.stage}, tags {@code step}, {@code outcome}). */
    public GatewayComponent(MeterRegistry meters) {
        this.meters = meters;
    }

    MeterRegistry meters() {
        return meters;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        GatewayConfiguration configuration = new GatewayConfiguration();
        configuration.setStep(remaining);
        GatewayEndpoint endpoint = new GatewayEndpoint(uri, this, configuration);
        setProperties(configuration, parameters);
        return endpoint;
    }
}
