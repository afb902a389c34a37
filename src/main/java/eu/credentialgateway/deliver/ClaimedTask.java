package eu.credentialgateway.deliver;

import java.time.Instant;
import java.util.UUID;

/**
 * A task this instance holds a lease on, with the attempt it is about to make.
 *
 * @param attempt     this attempt's number (1-based, across re-arms)
 * @param retryFrom   attempts made before the last re-arm
 * @param resumed     true when the previous attempt never finished (the gateway stopped during it): the
 *                    credential may have reached the target already
 */
record ClaimedTask(UUID taskId, String credentialId, String target, int attempt, int retryFrom, Instant startedAt,
                   boolean resumed) {
    /** Attempts made since the last re-arm, this one included. */
    int attemptsInBudget() {
        return attempt - retryFrom;
    }
}
