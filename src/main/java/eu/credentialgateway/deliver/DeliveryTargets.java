package eu.credentialgateway.deliver;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Stage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * The targets a credential goes to. Chosen, first match wins: the request's {@code targets=} (header
 * {@code GatewayDeliverTargets}, also for every row of a batch), the route's {@code gateway:deliver?target=},
 * {@code gateway.deliver.targets.<format>}, {@code gateway.deliver.targets.default}, {@code outbox}. A name is valid
 * when it is a built-in target that is configured, or any route {@code deliver-<name>} an integrator added to routes/.
 */
@Component
class DeliveryTargets {
    static final String ROUTE_PREFIX = "deliver-";

    private final Map<String, DeliveryTarget> builtIn = new LinkedHashMap<>();
    private final DeliverProperties properties;
    private final CamelContext camel;

    DeliveryTargets(Collection<DeliveryTarget> targets, DeliverProperties properties, CamelContext camel) {
        targets.forEach(target -> builtIn.put(target.name(), target));
        this.properties = properties;
        this.camel = camel;
    }

    /** The built-in targets that are configured, by name (for health). */
    Map<String, DeliveryTarget> configured() {
        Map<String, DeliveryTarget> on = new LinkedHashMap<>();
        builtIn.forEach((name, target) -> {
            if (target.configured()) {
                on.put(name, target);
            }
        });
        return on;
    }

    /** Targets that are only a route {@code deliver-<name>} (the wallet, an integrator's own), by name. */
    Set<String> routeOnly() {
        Set<String> names = new TreeSet<>();
        camel.getRoutes().forEach(route -> {
            String id = route.getRouteId();
            if (id.startsWith(ROUTE_PREFIX) && !builtIn.containsKey(id.substring(ROUTE_PREFIX.length()))) {
                names.add(id.substring(ROUTE_PREFIX.length()));
            }
        });
        return names;
    }

    /**
     * The validated target names for the exchange's credential: its {@link GatewayHeaders#TARGETS} header (or property),
     * else the route's {@code target} option, else its format's configured targets.
     */
    List<String> choose(Exchange exchange) {
        Message message = exchange.getMessage();
        return choose(message.getHeader(GatewayHeaders.TARGETS, exchange.getProperty(GatewayHeaders.TARGETS, String.class), String.class),
                exchange.getProperty(GatewayHeaders.TARGET, String.class), message.getHeader(GatewayHeaders.FORMAT, String.class));
    }

    /**
     * The validated target names for one credential.
     *
     * @param requested   the caller's comma-separated list, or null
     * @param routeOption the route's {@code target} option, or null
     */
    List<String> choose(String requested, String routeOption, String format) {
        String list = firstNonBlank(requested, routeOption, properties.targetsFor(format));
        List<String> names = new ArrayList<>();
        for (String part : list.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw refusal("no-target", "no delivery target is named");
        }
        for (String name : names) {
            check(name);
        }
        return names;
    }

    /** True when one of {@code names} sends the credential's JWT form (a registry with {@code payload=jwt}). */
    boolean anyTakesJwtForm(List<String> names) {
        return names.stream().map(builtIn::get).anyMatch(target -> target != null && target.takesJwtForm());
    }

    private void check(String name) {
        DeliveryTarget target = builtIn.get(name);
        if (target != null && !target.configured()) {
            throw refusal("target-not-configured", "the delivery target " + name + " is not configured on this gateway");
        }
        if (!name.matches("[a-z0-9][a-z0-9-]{0,31}") || camel.getRoute(ROUTE_PREFIX + name) == null) {
            throw refusal("unknown-target", "no delivery target of that name; known: " + String.join(", ", configured().keySet()));
        }
    }

    private static GatewayException refusal(String code, String message) {
        return new GatewayException(new Finding(Stage.DELIVER, code, message, "targets"));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return OutboxTarget.NAME;
    }
}
