package eu.credentialgateway.deliver.wallet;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Told each time an operator's view shows an offer's PIN, so every read is recorded. Without a bean of this type
 * the reads go to the log ({@link #LOG}: identifiers only, never the PIN); an actions log provides its own bean,
 * which knows who is asking from its request context.
 */
public interface OfferAudit {
    /** The default: one INFO line per read. */
    OfferAudit LOG = new OfferAudit() {
        private final Logger log = LoggerFactory.getLogger(OfferAudit.class);

        @Override
        public void pinShown(UUID offerId, UUID deliveryTaskId) {
            log.info("wallet offer {}: PIN shown in the view of delivery {}", offerId, deliveryTaskId);
        }
    };

    /** The PIN of offer {@code offerId} (of delivery task {@code deliveryTaskId}) was just put into an answer. */
    void pinShown(UUID offerId, UUID deliveryTaskId);
}
