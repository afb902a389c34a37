package eu.credentialgateway.deliver;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** When the next attempt is due after a transient failure: exponential back-off with jitter and a cap, or Retry-After. */
final class Backoff {
    private final DeliverProperties.Retry retry;
    private final RandomGenerator random;

    Backoff(DeliverProperties.Retry retry, RandomGenerator random) {
        this.retry = retry;
        this.random = random;
    }

    /** True when {@code attemptsMade} used up the attempts allowed. */
    boolean exhausted(int attemptsMade) {
        return attemptsMade >= retry.maxAttempts();
    }

    /**
     * The delay after the {@code attemptsMade}-th attempt failed: {@code retryAfter} when the target gave one
     * (at most {@code maxRetryAfter}); else {@code min(maxDelay, base * factor^(attemptsMade-1))} less a random
     * share of at most {@code jitter}, so that credentials failing together do not retry together.
     */
    Duration delayAfter(int attemptsMade, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(retry.maxRetryAfter()) > 0 ? retry.maxRetryAfter() : retryAfter;
        }
        double millis = retry.base().toMillis() * Math.pow(retry.factor(), Math.max(0, attemptsMade - 1));
        double capped = Math.min(millis, retry.maxDelay().toMillis());
        double jittered = capped * (1 - retry.jitter() * random.nextDouble());
        return Duration.ofMillis(Math.max(1, Math.round(jittered)));
    }

    Instant nextAttemptAt(Instant now, int attemptsMade, Duration retryAfter) {
        return now.plus(delayAfter(attemptsMade, retryAfter));
    }
}
