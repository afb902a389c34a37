package eu.credentialgateway.app;

import eu.credentialgateway.app.camel.GatewayComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the {@code gateway:} component with Camel. */
@Configuration(proxyBeanMethods = false)
public class CamelWiring {
    @Bean("gateway")
    GatewayComponent gatewayComponent() {
        return new GatewayComponent();
    }
}
