package eu.credentialgateway.ingest;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Whether the pipeline takes inputs: the Camel context and its {@code conversion} route (routes/pipeline.yaml) are
 * started. The web server opens its port before Camel starts the routes (and keeps it while they stop), so the
 * controllers ask this first and answer 503 {@code not-ready} instead of failing the input. Also the health
 * component {@code pipeline}, part of {@code /actuator/health/readiness}: OUT_OF_SERVICE until the routes run.
 */
@Component("pipelineHealthIndicator")
public class PipelineReadiness implements HealthIndicator {
    static final String CONVERSION_ROUTE = "conversion";
    private final CamelContext camel;

    public PipelineReadiness(CamelContext camel) {
        this.camel = camel;
    }

    /** True once Camel and the conversion route run, false while starting or stopping. */
    public boolean ready() {
        if (!camel.isStarted()) {
            return false;
        }
        ServiceStatus route = camel.getRouteController().getRouteStatus(CONVERSION_ROUTE);
        return route != null && route.isStarted();
    }

    @Override
    public Health health() {
        return ready() ? Health.up().build() : Health.status(Status.OUT_OF_SERVICE).withDetail("camel", camel.getStatus().name()).build();
    }
}
