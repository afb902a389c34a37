package eu.credentialgateway.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the gateway: Spring Boot + Camel, routes from routes/, stages from their packages. Spring Boot's default
 * in-memory user is off: it would print a generated password in the log, and callers here use API keys or OIDC.
 */
@SpringBootApplication(scanBasePackages = "eu.credentialgateway", exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan("eu.credentialgateway")
public class GatewayApplication {
    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
