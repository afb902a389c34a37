package eu.credentialgateway.trust;

import java.util.Objects;

/**
 * Whether a signer's key or certificate chain is trusted, and why in words (no key material): e.g. {@code chain
 * validated to anchor CN=...}, {@code no trust anchor configured}, {@code path validation failed: ...}.
 *
 * @param trusted the key or chain leads to a configured trust anchor
 * @param reason  why, for reports and receipt notes
 */
public record TrustVerdict(boolean trusted, String reason) {
    public TrustVerdict {
        Objects.requireNonNull(reason, "reason");
    }

    static TrustVerdict trusted(String reason) {
        return new TrustVerdict(true, reason);
    }

    static TrustVerdict untrusted(String reason) {
        return new TrustVerdict(false, reason);
    }
}
