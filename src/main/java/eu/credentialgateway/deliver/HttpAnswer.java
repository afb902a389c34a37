package eu.credentialgateway.deliver;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * What an HTTP target's status means for delivery: 2xx delivered; 408, 429 and 5xx transient (429 and 503 with
 * their {@code Retry-After}); every other 4xx permanent. Used by the registry and webhook targets alike.
 */
final class HttpAnswer {
    private HttpAnswer() {
    }

    /** Returns normally on 2xx, else throws the classified failure. */
    static void requireSuccess(String target, HttpResponse<?> response, Clock clock) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String message = "HTTP " + status + " from the " + target;
        if (status == 408 || status == 429 || status >= 500) {
            Duration retryAfter = status == 429 || status == 503
                    ? response.headers().firstValue("Retry-After").map(v -> RetryAfter.parse(v, clock)).orElse(null)
                    : null;
            throw new DeliveryFailure("http-" + status, message + (retryAfter != null ? " (Retry-After " + retryAfter.toMillis() + " ms)" : ""),
                    false, status, retryAfter);
        }
        throw new DeliveryFailure("http-" + status, message + ": refused, not retried", true, status, null);
    }
}
