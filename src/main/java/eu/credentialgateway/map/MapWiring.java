package eu.credentialgateway.map;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock the credentials are dated by (replace the bean to fix it in tests) and the stage's properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IssuerProperties.class, MapProperties.class})
class MapWiring {
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
