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

    /** Appends {@code findings} to the input's notes, up to {@link Findings#limit()} notes and then a count. */
    public static void add(Exchange exchange, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        List<Finding> current = of(exchange);
        int notStored = findings instanceof Findings.Collector collector ? collector.dropped() : 0;
        if (current.size() + findings.size() <= Findings.limit() && notStored == 0) {
            NOTES.addAll(exchange, findings);
            return;
        }
        // already capped: the last note counts the dropped ones, so it is replaced by one with the new count
        int dropped = notStored;
        List<Finding> all = new java.util.ArrayList<>(current);
        if (!all.isEmpty() && Findings.isTruncation(all.get(all.size() - 1))) {
            dropped = Findings.droppedBy(all.remove(all.size() - 1));
        }
        int room = Math.max(0, Findings.limit() - all.size());
        all.addAll(findings.subList(0, Math.min(room, findings.size())));
        dropped += findings.size() - Math.min(room, findings.size());
        all.add(Findings.truncation(findings.get(0).stage(), dropped));
        exchange.setProperty(GatewayHeaders.NOTES, List.copyOf(all));
    }

    /** The input's notes so far, oldest first. */
    public static List<Finding> of(Exchange exchange) {
        return NOTES.of(exchange);
    }
}
