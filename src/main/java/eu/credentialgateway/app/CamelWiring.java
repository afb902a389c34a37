package eu.credentialgateway.app;

import eu.credentialgateway.app.camel.GatewayComponent;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code gateway:} component with Camel, timing each step in the Micrometer registry when there is one. */
@Configuration(proxyBeanMethods = false)
public class CamelWiring {
    @Bean("gateway")
    GatewayComponent gatewayComponent(ObjectProvider<MeterRegistry> meters) {
        return new GatewayComponent(meters.getIfAvailable());
    }
}
