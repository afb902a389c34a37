package eu.credentialgateway.ingest;

import eu.credentialgateway.Failure;
import eu.credentialgateway.GatewayHeaders;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The split's aggregation strategy (bean {@code batchOutcomes}): after each row has gone through
 * {@code direct:conversion} it notes the row's outcome; when the split ends the body is the
 * {@link BatchSummary}. Keeps one small entry per row, never a row's content or credential.
 */
@Component("batchOutcomes")
public class BatchOutcomes implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange collected, Exchange row) {
        Exchange target = collected == null ? row : collected;
        @SuppressWarnings("unchecked")
        List<BatchSummary.RowResult> results = target.getProperty(GatewayHeaders.BATCH_OUTCOMES, List.class);
        if (results == null) {
            results = new ArrayList<>();
            target.setProperty(GatewayHeaders.BATCH_OUTCOMES, results);
        }
        results.add(resultOf(row));
        if (collected == null) {
            // the first row's exchange carries the collection on; it must not look like a failure itself
            target.removeProperty(Exchange.EXCEPTION_CAUGHT);
            target.setException(null);
            target.getMessage().setBody(null);
        }
        return target;
    }

    @Override
    public void onCompletion(Exchange exchange) {
        exchange.getMessage().setBody(summaryOf(exchange));
    }

    /** The summary of an aggregated exchange (an empty one when the file had no data row). */
    static BatchSummary summaryOf(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<BatchSummary.RowResult> results = exchange.getProperty(GatewayHeaders.BATCH_OUTCOMES, List.class);
        List<BatchSummary.RowResult> rows = results == null ? List.of() : List.copyOf(results);
        int converted = (int) rows.stream().filter(r -> "converted".equals(r.outcome())).count();
        int quarantined = (int) rows.stream().filter(r -> "quarantined".equals(r.outcome())).count();
        int duplicates = (int) rows.stream().filter(r -> "duplicate".equals(r.outcome())).count();
        return new BatchSummary(exchange.getMessage().getHeader(GatewayHeaders.BATCH_ID, String.class), rows.size(),
                converted, quarantined, duplicates, rows);
    }

    private static BatchSummary.RowResult resultOf(Exchange row) {
        Integer number = row.getMessage().getHeader(GatewayHeaders.ROW, Integer.class);
        String inputId = row.getMessage().getHeader(GatewayHeaders.INPUT_ID, String.class);
        String credentialId = row.getMessage().getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
        boolean failed = row.getProperty(Exchange.EXCEPTION_CAUGHT) != null || row.getException() != null;
        if (failed) {
            List<BatchSummary.RowFinding> findings = Failure.of(row).findings().stream()
                    .map(f -> new BatchSummary.RowFinding(f.stage().id(), f.code(), f.message(), f.location()))
                    .toList();
            return new BatchSummary.RowResult(number == null ? 0 : number, "quarantined", inputId, null, findings);
        }
        boolean duplicate = row.getProperty(GatewayHeaders.DUPLICATE_OF) != null;
        return new BatchSummary.RowResult(number == null ? 0 : number, duplicate ? "duplicate" : "converted", inputId,
                credentialId, List.of());
    }
}
