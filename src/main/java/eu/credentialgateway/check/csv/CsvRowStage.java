package eu.credentialgateway.check.csv;

import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:csvRow}, run from a csv-kind adapter's {@code direct:<format>-prepare} route: checks one
 * row (header line + data row) against the adapter's column template ({@code check.*} entries of
 * {@code mappings/<format>.adapter.properties}, see docs/csv-template.md) and replaces the body by the
 * normalised row the mapping reads. Every finding names the row ({@code GatewayRow}, 1 when absent) and
 * the column: {@code row 17, column birthDate}.
 */
@Component("csvRowStage")
public class CsvRowStage implements Processor {
    private final AdapterCatalog adapters;
    private final Map<String, Optional<CsvRowCheck>> checks = new ConcurrentHashMap<>();

    public CsvRowStage(AdapterCatalog adapters) {
        this.adapters = adapters;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String format = message.getHeader(GatewayHeaders.FORMAT, String.class);
        CsvRowCheck check = format == null ? null : checks.computeIfAbsent(format, this::load).orElse(null);
        if (check == null) {
            throw new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.CHECK, "unsupported-format",
                    "no csv template (mappings/<format>.adapter.properties with check.columns) for this format", "")));
        }
        Integer row = message.getHeader(GatewayHeaders.ROW, Integer.class);
        String credentialId = message.getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
        String uuid = CanonicalUuid.fromUrn(credentialId).map(UUID::toString).orElseThrow(() -> new GatewayException(new Finding(
                Stage.CHECK, "missing-credential-id", "header " + GatewayHeaders.CREDENTIAL_ID + " must be urn:uuid:<uuid>", "")));
        CsvRowCheck.Result result;
        try {
            result = check.check(message.getBody(byte[].class), row == null ? 1 : row, uuid);
        } catch (RuntimeException e) {
            throw new GatewayException(new Finding(Stage.CHECK, "check-failed",
                    "the row check failed unexpectedly: " + e.getClass().getSimpleName(), row == null ? "" : "row " + row));
        }
        if (!result.findings().isEmpty()) {
            throw new GatewayException(Rejection.INVALID, result.findings());
        }
        message.setBody(result.normalised());
    }

    /** The row check of a csv-kind adapter with a column template (check.columns), parsed once per format. */
    private Optional<CsvRowCheck> load(String format) {
        return adapters.find(format)
                .filter(adapter -> adapter.kind() == Adapter.Kind.CSV && adapter.option("check.columns").isPresent())
                .map(adapter -> new CsvRowCheck(CsvTemplate.of(adapter.properties())));
    }
}
