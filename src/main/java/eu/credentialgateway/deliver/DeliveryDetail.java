package eu.credentialgateway.deliver;

import java.util.Optional;

/**
 * A target's own facts about one of its deliveries, shown by {@code GET /api/v1/deliveries/{id}} under
 * {@link #name()} (the wallet target: its credential offer). A bean of this type is picked up by the controller.
 */
public interface DeliveryDetail {
    /** The key the detail appears under in the delivery's JSON. */
    String name();

    /** The detail for this delivery (any JSON-serialisable value), or empty when it has none (another target's). */
    Optional<Object> detailOf(Delivery delivery);

    /**
     * The detail with or without its secrets (the wallet offer's PIN): {@code showSecrets} false for a viewer who
     * may see the delivery but not act on it (an auditor). {@link #detailOf(Delivery)} is the operator's view.
     */
    default Optional<Object> detailOf(Delivery delivery, boolean showSecrets) {
        return detailOf(delivery);
    }
}
