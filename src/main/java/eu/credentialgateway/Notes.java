package eu.credentialgateway;

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

    private static final ExchangeList<Finding> NOTES = new ExchangeList<>(GatewayHeaders.NOTES, Finding.class);

    /** Appends {@code findings} to the input's notes. */
    public static void add(Exchange exchange, List<Finding> findings) {
        NOTES.addAll(exchange, findings);
    }

    /** The input's notes so far, oldest first. */
    public static List<Finding> of(Exchange exchange) {
        return NOTES.of(exchange);
    }
}
