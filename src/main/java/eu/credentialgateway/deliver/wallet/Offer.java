package eu.credentialgateway.deliver.wallet;

import java.time.Instant;
import java.util.UUID;

/**
 * One credential offer as stored ({@code wallet_offer}).
 *
 * @param txCodeCheck   the keyed check of the PIN ({@link WalletKeys#txCodeCheck}), or null (none asked, or
 *                      forgotten once the offer was redeemed or expired)
 * @param txCodeSealed  the PIN sealed for the operator's view ({@link WalletKeys#sealTxCode}), null likewise
 * @param redeemedAt    when a wallet exchanged the code for an access token
 * @param issuedAt      when a wallet picked the credential up
 */
record Offer(UUID offerId, UUID taskId, String credentialId, String configurationId, String txCodeCheck, String txCodeSealed,
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

    /** Identifiers only: even the PIN's check and sealed form stay out of logs. */
    @Override
    public String toString() {
        return "Offer[offerId=" + offerId + ", taskId=" + taskId + ", configurationId=" + configurationId + "]";
    }
}
