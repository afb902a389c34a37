package eu.credentialgateway.deliver;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code delivery}: one entry per configured target, and per route-only
 * target ({@code deliver-<name>}: the wallet, an integrator's), with its
 * reachability (registry and webhook: any HTTP answer; Kafka: the cluster answers), the last attempt's outcome
 * and the number of given-up tasks. A target that is unreachable or whose last attempt failed is
 * {@code DEGRADED} (HTTP 200: the gateway still converts and keeps the credentials), never DOWN.
 */
@Component("deliveryHealthContributor")
class DeliveryHealth implements CompositeHealthContributor {
    static final Status DEGRADED = new Status("DEGRADED", "a delivery target is unreachable or failing; credentials wait in the outbox");

    private final DeliveryTargets targets;
    private final DeliveryMetrics metrics;
    private final DeliveryLedger ledger;

    DeliveryHealth(DeliveryTargets targets, DeliveryMetrics metrics, DeliveryLedger ledger) {
        this.targets = targets;
        this.metrics = metrics;
        this.ledger = ledger;
    }

    @Override
    public HealthContributor getContributor(String name) {
        DeliveryTarget target = targets.configured().get(name);
        if (target != null) {
            return indicator(name, target::unreachable);
        }
        return targets.routeOnly().contains(name) ? indicator(name, Optional::empty) : null;
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        Map<String, HealthContributor> all = new LinkedHashMap<>();
        targets.configured().forEach((name, target) -> all.put(name, indicator(name, target::unreachable)));
        targets.routeOnly().forEach(name -> all.put(name, indicator(name, Optional::empty)));
        return all.entrySet().stream().map(e -> NamedContributor.of(e.getKey(), e.getValue())).iterator();
    }

    /** {@code probe}: why the target does not answer, or empty (route-only targets have nothing to probe). */
    private HealthIndicator indicator(String name, Supplier<Optional<String>> probe) {
        return () -> {
            Optional<String> unreachable = probe.get();
            Optional<DeliveryMetrics.LastOutcome> last = metrics.lastOutcome(name);
            // pending is a wallet offer waiting for its learner, not a fault of the target
            boolean failing = last.map(l -> l.outcome() == DeliveryState.FAILED_RETRYING || l.outcome() == DeliveryState.GIVEN_UP)
                    .orElse(false);
            Health.Builder health = unreachable.isPresent() || failing ? Health.status(DEGRADED) : Health.up();
            health.withDetail("reachable", unreachable.isEmpty());
            unreachable.ifPresent(reason -> health.withDetail("unreachableBecause", reason));
            last.ifPresent(l -> {
                health.withDetail("lastOutcome", l.outcome().id()).withDetail("lastAttemptAt", l.at().toString());
                if (l.error() != null) {
                    health.withDetail("lastError", l.error());
                }
            });
            Map<DeliveryState, Long> counts = ledger.countByState(name);
            health.withDetail("pending", counts.get(DeliveryState.PENDING) + counts.get(DeliveryState.FAILED_RETRYING))
                    .withDetail("givenUp", counts.get(DeliveryState.GIVEN_UP));
            return health.build();
        };
    }
}
