package eu.credentialgateway.deliver;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Deliveries that wait for their recipient to fetch the credential: a target route sets
 * {@link DeliverStage#AWAIT_UNTIL} and its task stays {@code pending}; when the recipient has the credential (a
 * wallet picked it up), the target's own endpoint calls {@link #delivered} and the task is {@code delivered}, with
 * that pick-up recorded as an attempt. When the wait ends unfetched, the dispatcher claims the task again and the
 * target decides (the wallet gives up on an expired offer).
 */
@Component
public class AwaitedDeliveries {
    private final DeliveryStore store;

    AwaitedDeliveries(DeliveryStore store) {
        this.store = store;
    }

    /**
     * Marks the waiting task delivered. False when it was not pending (already delivered, given up, unknown), so
     * a second fetch of the same credential records nothing.
     *
     * @param httpStatus the status the recipient was answered with, recorded with the attempt
     */
    public boolean delivered(UUID deliveryId, int httpStatus) {
        return store.settleAwaited(deliveryId, httpStatus);
    }
}
