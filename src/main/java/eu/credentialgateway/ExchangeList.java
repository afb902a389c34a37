package eu.credentialgateway;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * A list an input collects as it goes through the stages (notes, alignment decisions, steps, seals), kept in
 * one exchange property. The stored list is immutable: appending replaces it, so a reader never sees it change.
 *
 * @param property the exchange property holding it
 * @param type     the type of its items; anything else found there is ignored
 */
public record ExchangeList<T>(String property, Class<T> type) {
    /** Appends {@code items} (nothing when empty). */
    public void addAll(Exchange exchange, List<? extends T> items) {
        if (items.isEmpty()) {
            return;
        }
        List<T> all = new ArrayList<>(of(exchange));
        all.addAll(items);
        exchange.setProperty(property, List.copyOf(all));
    }

    /** The items so far, oldest first; empty when there are none. */
    public List<T> of(Exchange exchange) {
        Object value = exchange.getProperty(property);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
