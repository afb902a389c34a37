package eu.credentialgateway.deliver.wallet;

import eu.credentialgateway.access.ActionLog;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Each PIN an operator's view shows goes to the actions log as {@code wallet.pin-read}, with the operator as actor. */
@Component
class RecordedPinReads implements OfferAudit {
    private final ActionLog actions;

    RecordedPinReads(ActionLog actions) {
        this.actions = actions;
    }

    @Override
    public void pinShown(UUID offerId, UUID deliveryTaskId) {
        actions.record("wallet.pin-read", "wallet-offer", offerId.toString(), "delivery=" + deliveryTaskId);
    }
}
