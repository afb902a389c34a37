package eu.credentialgateway.check;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the check stage, and what a failed verification of an incoming signature does.
 *
 * @param maxDepth             deepest element nesting accepted (the root is depth 1)
 * @param maxElements          most elements accepted in one document
 * @param onFailedVerification an incoming seal, JWS or Data Integrity proof that does not verify:
 *                             {@code quarantine} the input (default) or {@code continue} with the failure as a note
 */
@ConfigurationProperties("gateway.check")
public record CheckProperties(@DefaultValue("64") int maxDepth, @DefaultValue("200000") int maxElements,
                              @DefaultValue("quarantine") OnFailedVerification onFailedVerification) {
    public CheckProperties {
        if (maxDepth < 2 || maxElements < 2) {
            throw new IllegalArgumentException("gateway.check.max-depth and max-elements must be at least 2");
        }
        if (onFailedVerification == null) {
            onFailedVerification = OnFailedVerification.QUARANTINE;
        }
    }

    /** The embedded defaults, for code that runs without Spring. */
    public static CheckProperties defaults() {
        return new CheckProperties(64, 200_000, OnFailedVerification.QUARANTINE);
    }

    /** The defaults, with {@code policy} for failed verifications. */
    public static CheckProperties onFailedVerification(OnFailedVerification policy) {
        return new CheckProperties(64, 200_000, policy);
    }
}
