package eu.credentialgateway;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * Warnings about an input that did not stop it (an unknown code dropped, a date left out, ...): they
 * travel in the exchange property {@link GatewayHeaders#NOTES} as an immutable list, so the audit
 * trail and the receipt can tell what was not carried over.
 */
public final class Notes {
    private Notes() {
    }

    /** Appends {@code findings} to the input's notes. */
    public static void add(Exchange exchange, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        List<Finding> all = new ArrayList<>(of(exchange));
        all.addAll(findings);
        exchange.setProperty(GatewayHeaders.NOTES, List.copyOf(all));
    }

    /** The input's notes so far, oldest first. */
    public static List<Finding> of(Exchange exchange) {
        Object notes = exchange.getProperty(GatewayHeaders.NOTES);
        if (!(notes instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Finding.class::isInstance).map(Finding.class::cast).toList();
    }
}
