package eu.credentialgateway.deliver;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP client the registry and webhook targets share (connection pool, connect timeout = request timeout). */
@Configuration(proxyBeanMethods = false)
class DeliveryWiring {
    @Bean
    HttpClient deliveryHttpClient(DeliverProperties properties) {
        return HttpClient.newBuilder()
                .connectTimeout(properties.dispatch().requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
