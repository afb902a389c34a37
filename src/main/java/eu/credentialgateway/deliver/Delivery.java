package eu.credentialgateway.deliver;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery task as the ledger shows it: a credential bound for one target.
 *
 * @param id            the task's id ({@code /api/v1/deliveries/{id}})
 * @param credentialId  the credential ({@code urn:uuid:...}); also the idempotency key sent to the target
 * @param inputId       the input the credential was made from, or null
 * @param target        the target's name ({@code outbox}, {@code registry}, {@code kafka}, {@code webhook})
 * @param attempts      attempts started so far
 * @param nextAttemptAt when the next attempt is due (pending and failed-retrying only)
 * @param lastStatus    the HTTP status of the last attempt, when there was one
 * @param lastError     the gateway's description of the last failure (no personal data), or null
 */
public record Delivery(UUID id, String credentialId, UUID inputId, String format, String target, DeliveryState state,
                       int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
                       Instant updatedAt, Instant deliveredAt) {
}
