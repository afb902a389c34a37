package eu.credentialgateway.deliver;

import java.time.Instant;
import java.util.UUID;

/**
 * One attempt to deliver a credential to a target, as recorded when it ended.
 *
 * @param outcome    {@code delivered}, {@code failed-retrying}, {@code given-up}, or {@code interrupted} (the gateway
 *                   stopped during the attempt; the task was resumed after its lease expired)
 * @param httpStatus the target's HTTP status, when it answered over HTTP
 * @param error      the gateway's description of the failure, or null
 */
public record DeliveryAttempt(UUID deliveryId, String credentialId, String target, int attempt, Instant startedAt,
                              Instant finishedAt, String outcome, Integer httpStatus, String error) {
}
