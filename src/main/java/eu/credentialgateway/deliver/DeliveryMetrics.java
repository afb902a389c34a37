package eu.credentialgateway.deliver;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Per-target meters and the last outcome health shows. Timer {@code gateway.delivery.attempts} (tags {@code target},
 * {@code outcome} = delivered | failed-retrying | given-up): one sample per attempt, so its count is the attempts.
 * Only target names and outcomes: nothing about the credential.
 */
@Component
class DeliveryMetrics {
    /** The last attempt of a target. */
    record LastOutcome(Instant at, DeliveryState outcome, String error) {
    }

    private final MeterRegistry registry;
    private final Map<String, LastOutcome> last = new ConcurrentHashMap<>();

    DeliveryMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    void attempted(String target, AttemptResult result, long nanos, Instant at) {
        Timer.builder("gateway.delivery.attempts")
                .description("Delivery attempts per target and outcome")
                .tag("target", target)
                .tag("outcome", result.state().id())
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        last.put(target, new LastOutcome(at, result.state(), result.error()));
    }

    Optional<LastOutcome> lastOutcome(String target) {
        return Optional.ofNullable(last.get(target));
    }
}
