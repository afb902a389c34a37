package eu.credentialgateway.deliver;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client the registry and webhook targets share (connection pool, connect timeout = request timeout).
 * HTTP/1.1 only: on plain http the JDK client otherwise opens with an h2c upgrade, and a CI run saw it send one
 * POST twice (once upgraded, once again over HTTP/1.1); one POST per credential gains nothing from HTTP/2.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryWiring {
    @Bean
    HttpClient deliveryHttpClient(DeliverProperties properties) {
        return HttpClient.newBuilder()
                .connectTimeout(properties.dispatch().requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }
}
