package eu.credentialgateway.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the gateway: Spring Boot + Camel, routes from routes/, stages from their packages. */
@SpringBootApplication(scanBasePackages = "eu.credentialgateway")
@ConfigurationPropertiesScan("eu.credentialgateway")
public class GatewayApplication {
    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
