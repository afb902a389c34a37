package eu.credentialgateway.serialise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pretty indent the JSON (easier to read; a few percent bigger)
 */
@ConfigurationProperties("gateway.serialise")
public record SerialiseProperties(@DefaultValue("true") boolean pretty) {
}
