package eu.credentialgateway.deliver;

import java.time.Instant;

/**
 * How one attempt ended and what the task becomes.
 *
 * @param state         delivered, failed-retrying or given-up
 * @param nextAttemptAt when failed-retrying: the next attempt's time
 */
record AttemptResult(DeliveryState state, Instant nextAttemptAt, Integer httpStatus, String error) {
    static AttemptResult delivered() {
        return new AttemptResult(DeliveryState.DELIVERED, null, null, null);
    }
}
