package eu.credentialgateway.deliver.wallet;

import java.time.Instant;
import java.util.UUID;

/** Offers as the wallet controllers' slice tests need them. */
final class WalletFixtures {
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final UUID OFFER = UUID.fromString("4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b");
    static final UUID TASK = UUID.fromString("6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d");

    private WalletFixtures() {
    }

    /** An offer of the EBSI JWT form, open until an hour after {@link #NOW}, with or without a PIN. */
    static Offer open(boolean txCode) {
        return new Offer(OFFER, TASK, "urn:uuid:c", CredentialConfigurations.EBSI.id(), txCode ? "check" : null, null, txCode, 0,
                NOW.minusSeconds(60), NOW.plusSeconds(3600), null, null);
    }

    /** The same offer after it expired. */
    static Offer expired() {
        return new Offer(OFFER, TASK, "urn:uuid:c", CredentialConfigurations.EBSI.id(), null, null, false, 0,
                NOW.minusSeconds(7200), NOW.minusSeconds(3600), null, null);
    }

    /** The offer after its code was redeemed for an access token. */
    static Offer redeemed() {
        return new Offer(OFFER, TASK, "urn:uuid:c", CredentialConfigurations.EBSI.id(), null, null, false, 0,
                NOW.minusSeconds(60), NOW.plusSeconds(3600), NOW.minusSeconds(10), null);
    }
}
