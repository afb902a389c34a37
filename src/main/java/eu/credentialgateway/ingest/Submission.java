package eu.credentialgateway.ingest;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Problems;
import eu.credentialgateway.access.Caller;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * What the caller of {@code POST /api/v1/conversions} may submit, decided before anything is read past the head:
 * an API key limited to some formats gets 403 for any other (the format named, or else detected from the head,
 * which the pipeline then keeps), and 403 for a {@code ?targets=} it is not allowed. The headers tell the pipeline
 * who submitted ({@link GatewayHeaders#ACTOR}) and which formats that key vouches for.
 *
 * @param format  the format the pipeline is to use (null: detect as usual)
 * @param headers headers for the exchange (or every row of a batch)
 * @param refusal the 403 answer, or null
 */
record Submission(String format, Map<String, Object> headers, ResponseEntity<ProblemDetail> refusal) {

    static Submission of(Caller caller, String format, String rowFormat, String targets, Supplier<String> detected) {
        String named = format == null || format.isBlank() ? null : format.trim();
        if (caller == null) {
            return new Submission(named, Map.of(), null);
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(GatewayHeaders.ACTOR, caller.actor());
        if (!caller.vouches().isEmpty()) {
            headers.put(GatewayHeaders.VOUCHED_FORMATS, String.join(",", new TreeSet<>(caller.vouches())));
        }
        if (targets != null && !targets.isBlank()) {
            for (String target : targets.split(",")) {
                String t = target.trim().toLowerCase(Locale.ROOT);
                if (!t.isEmpty() && !caller.mayDeliverTo(t)) {
                    return refused("target-not-allowed", "this API key may not deliver to '" + clip(t) + "'; it may deliver to "
                            + String.join(", ", new TreeSet<>(caller.targets())));
                }
            }
        }
        if (caller.formats().isEmpty()) {
            return new Submission(named, headers, null);
        }
        String effective = rowFormat != null ? rowFormat : named != null ? named.toLowerCase(Locale.ROOT) : detected.get();
        String allowed = String.join(", ", new TreeSet<>(caller.formats()));
        if (effective == null) {
            return refused("format-not-allowed", "the format of the document was not recognised and this API key may submit only "
                    + allowed + ": name the format with ?format=");
        }
        if (!caller.mayConvert(effective)) {
            return refused("format-not-allowed", "this API key may not submit format '" + clip(effective) + "'; it may submit " + allowed);
        }
        return new Submission(rowFormat != null ? named : effective, headers, null);
    }

    private static Submission refused(String code, String detail) {
        return new Submission(null, Map.of(), Problems.answer(HttpStatus.FORBIDDEN, code, detail));
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
