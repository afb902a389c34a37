package eu.credentialgateway.check.csv;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:csvHeader}, run by {@code direct:tabular-batch} (routes/csv.yaml) right after {@code gateway:batchRows}
 * and before the split: the batch file's header line ({@code GatewayColumns}, {@code GatewayColumnsLine}) against the
 * column template of its csv-kind adapter ({@code GatewayFormat}; see {@link CsvHeaderCheck}). A header with an unknown
 * or duplicate column, or without a required one, refuses the WHOLE file once (422, every finding at
 * {@code line L, column NAME}) before any row is converted, instead of quarantining each row for the same reason;
 * the rows' reader ({@code GatewayBatchRows}) is closed. An adapter without a template (no {@code check.columns}) is
 * held to its {@code csv.header} (required) and {@code csv.columns} (allowed, when listed), as its rows are.
 */
@Component("csvHeaderStage")
public class CsvHeaderStage implements Processor {
    private final Map<String, CsvHeaderCheck> checks = new HashMap<>();

    public CsvHeaderStage(AdapterCatalog adapters) {
        for (Adapter adapter : adapters.all()) {
            if (adapter.kind() != Adapter.Kind.CSV) {
                continue;
            }
            checks.put(adapter.format(), adapter.option("check.columns").isPresent()
                    ? new CsvHeaderCheck(CsvTemplate.of(adapter.properties()))
                    : new CsvHeaderCheck(words(adapter.option("csv.columns").orElse("")), List.copyOf(adapter.detection().csvHeader()), false));
        }
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        String format = message.getHeader(GatewayHeaders.FORMAT, String.class);
        CsvHeaderCheck check = format == null ? null : checks.get(format);
        List<?> columns = message.getHeader(GatewayHeaders.COLUMNS, List.class);
        if (check == null || columns == null) {
            return;
        }
        Integer line = message.getHeader(GatewayHeaders.COLUMNS_LINE, Integer.class);
        List<Finding> findings = check.check(columns.stream().map(String::valueOf).toList(), line == null ? 1 : line);
        if (!findings.isEmpty()) {
            if (exchange.getProperty(GatewayHeaders.BATCH_ROWS) instanceof Closeable rows) {
                rows.close();
            }
            exchange.removeProperty(GatewayHeaders.BATCH_ROWS);
            throw new GatewayException(Rejection.INVALID, findings);
        }
    }
}
