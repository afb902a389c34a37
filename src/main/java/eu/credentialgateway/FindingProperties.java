package eu.credentialgateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.findings.max-per-input}: the most findings (and notes) kept per input, see {@link Findings}.
 * Binding it sets the JVM-wide cap.
 *
 * @param maxPerInput the first N findings are kept, then one {@code findings-truncated} finding with the count
 */
@ConfigurationProperties("gateway.findings")
public record FindingProperties(@DefaultValue("100") int maxPerInput) {
    public FindingProperties {
        Findings.limit(maxPerInput);
    }
}
