package eu.credentialgateway.deliver;

import java.time.Duration;

/**
 * A target's refusal or fault, classified: {@code permanent} ends the task (given-up, no retries); otherwise the
 * dispatcher retries with back-off, or after {@code retryAfter} when the target named a time. Any other exception
 * a target route throws counts as transient. The message is the gateway's own wording, never the target's body.
 */
public final class DeliveryFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final boolean permanent;
    private final Integer httpStatus;
    private final transient Duration retryAfter;

    DeliveryFailure(String code, String message, boolean permanent, Integer httpStatus, Duration retryAfter) {
        super(message);
        this.code = code;
        this.permanent = permanent;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    public static DeliveryFailure permanent(String code, String message) {
        return new DeliveryFailure(code, message, true, null, null);
    }

    public static DeliveryFailure transientFault(String code, String message) {
        return new DeliveryFailure(code, message, false, null, null);
    }

    String code() {
        return code;
    }

    boolean permanent() {
        return permanent;
    }

    Integer httpStatus() {
        return httpStatus;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
