package eu.credentialgateway.deliver.wallet;

import java.time.Instant;
import java.util.UUID;

/**
 * One credential offer as stored ({@code wallet_offer}).
 *
 * @param code          the pre-authorised code (a bearer secret: never logged)
 * @param txCode        the PIN, or null (none asked, or forgotten once the offer was redeemed or expired)
 * @param redeemedAt    when a wallet exchanged the code for an access token
 * @param issuedAt      when a wallet picked the credential up
 */
record Offer(UUID offerId, UUID taskId, String credentialId, String configurationId, String code, String txCode,
             boolean txCodeRequired, int txCodeFailures, Instant createdAt, Instant expiresAt, Instant redeemedAt,
             Instant issuedAt) {

    /** {@code open} (waiting for a wallet), {@code redeemed} (token issued), {@code issued} (picked up) or {@code expired}. */
    String state(Instant now) {
        if (issuedAt != null) {
            return "issued";
        }
        if (redeemedAt != null) {
            return "redeemed";
        }
        return now.isBefore(expiresAt) ? "open" : "expired";
    }

    /** Identifiers only: the code and PIN are secrets. */
    @Override
    public String toString() {
        return "Offer[offerId=" + offerId + ", taskId=" + taskId + ", configurationId=" + configurationId + "]";
    }
}
