package eu.credentialgateway.check;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
    private final Path mappings;
    private final Map<String, CsvRowCheck> checks = new ConcurrentHashMap<>();

    @Autowired
    public CsvRowStage(@Value("${gateway.home:.}") String home) {
        this(Path.of(home, "mappings"));
    }

    CsvRowStage(Path mappings) {
        this.mappings = mappings;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String format = message.getHeader(GatewayHeaders.FORMAT, String.class);
        CsvRowCheck check = format == null ? null : checks.computeIfAbsent(format, this::load);
        if (check == null) {
            throw new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.CHECK, "unsupported-format",
                    "no csv template (mappings/<format>.adapter.properties with check.columns) for this format", "")));
        }
        Integer row = message.getHeader(GatewayHeaders.ROW, Integer.class);
        String credentialId = message.getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
        String uuid = credentialId == null ? "" : credentialId.toLowerCase(Locale.ROOT).replaceFirst("^urn:uuid:", "");
        if (!uuid.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new GatewayException(new Finding(Stage.CHECK, "missing-credential-id",
                    "header " + GatewayHeaders.CREDENTIAL_ID + " must be urn:uuid:<uuid>", ""));
        }
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

    private CsvRowCheck load(String format) {
        if (!format.matches("[A-Za-z0-9_-]{1,40}")) {
            return null;
        }
        Path file = mappings.resolve(format + ".adapter.properties");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> options = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> options.put(key, properties.getProperty(key).trim()));
        if (!options.containsKey("check.columns")) {
            return null;
        }
        return new CsvRowCheck(CsvTemplate.of(options));
    }
}
