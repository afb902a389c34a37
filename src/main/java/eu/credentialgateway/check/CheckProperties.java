package eu.credentialgateway.check;

import eu.credentialgateway.check.signature.TrustPolicyStage;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the check stage, what a failed verification of an incoming signature does, and which formats need a
 * trusted signature.
 *
 * @param maxDepth             deepest element nesting accepted (the root is depth 1)
 * @param maxElements          most elements accepted in one document
 * @param onFailedVerification an incoming seal, JWS or Data Integrity proof that does not verify:
 *                             {@code quarantine} the input (default) or {@code continue} with the failure as a note
 * @param requireTrusted       {@code gateway.check.require-trusted.<format>=true}: an input of that format is sealed only
 *                             with a valid signature by a trusted signer, or from a key that may vouch for the format
 *                             ({@link TrustPolicyStage}); default false for every format
 * @param signatureTimeBudget  longest one input's signature verification may run (XAdES seals) before the input is
 *                             quarantined as {@code seal-check-timeout} and the work is interrupted
 */
@ConfigurationProperties("gateway.check")
public record CheckProperties(@DefaultValue("64") int maxDepth, @DefaultValue("200000") int maxElements,
                              @DefaultValue("quarantine") OnFailedVerification onFailedVerification,
                              Map<String, Boolean> requireTrusted,
                              @DefaultValue("10s") java.time.Duration signatureTimeBudget) {
    public CheckProperties {
        if (maxDepth < 2 || maxElements < 2) {
            throw new IllegalArgumentException("gateway.check.max-depth and max-elements must be at least 2");
        }
        if (onFailedVerification == null) {
            onFailedVerification = OnFailedVerification.QUARANTINE;
        }
        requireTrusted = requireTrusted == null ? Map.of() : Map.copyOf(requireTrusted);
        if (signatureTimeBudget == null) {
            signatureTimeBudget = java.time.Duration.ofSeconds(10);
        }
        if (signatureTimeBudget.isNegative() || signatureTimeBudget.isZero()) {
            throw new IllegalArgumentException("gateway.check.signature-time-budget must be positive");
        }
    }

    /** The embedded defaults, for code that runs without Spring. */
    public static CheckProperties defaults() {
        return new CheckProperties(64, 200_000, OnFailedVerification.QUARANTINE, Map.of(), null);
    }

    /** The defaults, with {@code policy} for failed verifications. */
    public static CheckProperties onFailedVerification(OnFailedVerification policy) {
        return new CheckProperties(64, 200_000, policy, Map.of(), null);
    }

    /** These settings, requiring a trusted signature for {@code format}. */
    public CheckProperties requiringTrusted(String format) {
        Map<String, Boolean> formats = new java.util.HashMap<>(requireTrusted);
        formats.put(format, true);
        return new CheckProperties(maxDepth, maxElements, onFailedVerification, formats, signatureTimeBudget);
    }

    /** These settings with another signature time budget. */
    public CheckProperties withSignatureTimeBudget(java.time.Duration budget) {
        return new CheckProperties(maxDepth, maxElements, onFailedVerification, requireTrusted, budget);
    }

    /** Whether an input of {@code format} needs a trusted signature (or a key that vouches for it). */
    public boolean requiresTrusted(String format) {
        return format != null && Boolean.TRUE.equals(requireTrusted.get(format.toLowerCase(Locale.ROOT)));
    }
}
