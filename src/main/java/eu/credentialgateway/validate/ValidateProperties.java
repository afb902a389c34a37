package eu.credentialgateway.validate;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the validate stage ({@code gateway.validate.*}).
 *
 * @param shapes folder of the SHACL shapes ({@code *.ttl}); a relative path is taken from {@code gateway.home}
 * @param skip   file names in that folder not to load, e.g. {@code edc-converted.ttl} for a deployment
 *               that issues credentials which are not conversions
 */
@ConfigurationProperties("gateway.validate")
public record ValidateProperties(@DefaultValue("ontologies/shapes") Path shapes,
                                 @DefaultValue({}) List<String> skip) {
    public ValidateProperties {
        skip = skip == null ? List.of() : List.copyOf(skip);
    }
}
