package eu.credentialgateway.deliver;

import eu.credentialgateway.KebabNames;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where one delivery task stands. The database and the API use {@link #id()}. */
public enum DeliveryState {
    /** Stored, not tried yet (or re-armed by an operator). */
    PENDING,
    /** The target accepted the credential. Final. */
    DELIVERED,
    /** The last attempt failed with a transient fault; the next one is due at {@code nextAttemptAt}. */
    FAILED_RETRYING,
    /** Permanent refusal or attempts exhausted: kept and visible, never dropped; re-armed only by an operator. */
    GIVEN_UP;

    /** The kebab-case name: {@code pending}, {@code delivered}, {@code failed-retrying}, {@code given-up}; also its JSON form. */
    @JsonValue
    public String id() {
        return KebabNames.of(this);
    }

    /** The state named {@code id}, or IllegalArgumentException naming the valid ones. */
    public static DeliveryState fromId(String id) {
        return KebabNames.parse(DeliveryState.class, "delivery state", id);
    }
}
