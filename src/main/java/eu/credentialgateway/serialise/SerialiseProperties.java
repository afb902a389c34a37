package eu.credentialgateway.serialise;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param contextDir folder holding the gateway's own JSON-LD contexts (w3c-credentials-v1.jsonld, edc-ap.jsonld)
 * @param pretty     indent the JSON (easier to read; a few percent bigger)
 */
@ConfigurationProperties("gateway.serialise")
public record SerialiseProperties(@DefaultValue("ontologies/context") Path contextDir,
                                  @DefaultValue("true") boolean pretty) {
}
