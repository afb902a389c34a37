package eu.credentialgateway.check;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the check stage.
 *
 * @param maxDepth    deepest element nesting accepted (the root is depth 1)
 * @param maxElements most elements accepted in one document
 */
@ConfigurationProperties("gateway.check")
public record CheckProperties(@DefaultValue("64") int maxDepth, @DefaultValue("200000") int maxElements) {
    public CheckProperties {
        if (maxDepth < 2 || maxElements < 2) {
            throw new IllegalArgumentException("gateway.check.max-depth and max-elements must be at least 2");
        }
    }

    /** The embedded defaults, for code that runs without Spring. */
    public static CheckProperties defaults() {
        return new CheckProperties(64, 200_000);
    }
}
