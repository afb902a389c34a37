package eu.credentialgateway.profile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The official JSON Schemas of the EBSI and OB 3.0 forms, parsed once for the profile step and the verifier. */
@Configuration(proxyBeanMethods = false)
class ProfileWiring {
    @Bean
    ProfileSchemas profileSchemas(ProfileProperties properties) {
        return ProfileSchemas.load(properties.ebsiSchema(), properties.ob3Schema());
    }
}
