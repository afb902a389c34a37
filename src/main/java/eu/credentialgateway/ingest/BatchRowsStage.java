package eu.credentialgateway.ingest;

import eu.credentialgateway.BatchRegister;
import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:batchRows}: opens a batch file (body: a file; CSV, or an XLSX workbook recognised by its
 * zip signature or named by the header {@code GatewayWorkbook}) as an {@code Iterator<BatchRow>} that reads it row by row while the route splits it
 * (routes/csv.yaml, {@code direct:tabular-batch}): the exchange property {@code GatewayBatchRows}. The body stays
 * the file, so a refusal of the file as a whole keeps it in quarantine. Sets {@code GatewayBatchId} (a fresh UUID)
 * unless the caller gave one, and {@code GatewayColumns} / {@code GatewayColumnsLine}: the header line, for
 * {@code gateway:csvHeader} to check before any row goes on. A file that cannot be read at all (no header, not a
 * workbook) fails here, whole. The batch is registered ({@link BatchRegister#started}) and marked finished when the exchange
 * completes, whether its rows went through or the file failed whole, so {@code GET /api/v1/batches/{id}} knows it.
 */
@Component("batchRowsStage")
@EnableConfigurationProperties(BatchProperties.class)
public class BatchRowsStage implements Processor {
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final BatchProperties bounds;
    private final BatchRegister batches;

    /** A stage that registers no batch (tests, the benchmark). */
    public BatchRowsStage(BatchProperties properties) {
        this(properties, (BatchRegister) null);
    }

    @Autowired
    public BatchRowsStage(BatchProperties properties, ObjectProvider<BatchRegister> batches) {
        this(properties, batches.getIfAvailable());
    }

    /** @param batches where batches are registered, or null */
    public BatchRowsStage(BatchProperties properties, BatchRegister batches) {
        this.bounds = properties;
        this.batches = batches;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        File file = message.getBody(File.class);
        if (file == null || !file.isFile()) {
            throw new GatewayException(new Finding(Stage.INGEST, "no-batch-file", "a batch is read from a file; the body is none", "/"));
        }
        if (file.length() == 0) {
            throw new GatewayException(new Finding(Stage.INGEST, "empty-document", "the file is empty", "/"));
        }
        if (message.getHeader(GatewayHeaders.BATCH_ID) == null) {
            message.setHeader(GatewayHeaders.BATCH_ID, UUID.randomUUID().toString());
        }
        register(exchange, message.getHeader(GatewayHeaders.BATCH_ID, String.class));
        Long limit = message.getHeader(GatewayHeaders.BATCH_TOO_LARGE, Long.class);
        if (limit != null) {
            throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "too-large",
                    "the file is larger than " + limit + " bytes (gateway.ingest.max-size); only its first " + limit
                            + " bytes were received and kept", "/")));
        }
        BatchReader rows = rows(file, Boolean.TRUE.equals(message.getHeader(GatewayHeaders.WORKBOOK, Boolean.class)));
        if (!rows.hasNext()) {
            RuntimeException refusal = rows.refusal();
            rows.close();
            if (refusal != null) {
                throw refusal; // the first data row broke a bound: that is why there is no row, not an empty file
            }
            throw new GatewayException(new Finding(Stage.INGEST, "no-data-row", "the file has a header line but no data row", "row 1"));
        }
        message.setHeader(GatewayHeaders.COLUMNS, rows.header());
        message.setHeader(GatewayHeaders.COLUMNS_LINE, rows.headerLine());
        exchange.setProperty(GatewayHeaders.BATCH_ROWS, rows);
    }

    /** Registers the batch now and marks it finished when the exchange completes, done or failed. */
    private void register(Exchange exchange, String id) {
        UUID batchId = CanonicalUuid.parse(id).orElse(null);
        if (batchId == null) {
            return; // a caller's own batch id that is no UUID: the audit trail cannot hold it either
        }
        if (batches == null) {
            return;
        }
        batches.started(batchId, exchange.getMessage().getHeader(GatewayHeaders.FORMAT, String.class),
                exchange.getMessage().getHeader(GatewayHeaders.SOURCE, String.class));
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                batches.finished(batchId);
            }
        });
    }

    /** The file's data rows, read as they are asked for; close the reader (the splitter does) to release the file. */
    BatchReader rows(File file) throws IOException {
        return rows(file, false);
    }

    /**
     * The same; {@code workbook}: the sender said it is an XLSX workbook, so it is read as one whatever its first bytes
     * (a file that is no zip is then {@code unreadable-workbook}, not a CSV file without data rows).
     */
    BatchReader rows(File file, boolean workbook) throws IOException {
        if (workbook || isZip(file)) {
            return new XlsxBatchReader(file, bounds);
        }
        Finding notUtf8 = Utf8Scan.firstError(file.toPath());
        if (notUtf8 != null) {
            throw new GatewayException(notUtf8);
        }
        InputStream in = Files.newInputStream(file.toPath());
        try {
            return new CsvBatchReader(in, bounds);
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    private static boolean isZip(File file) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            byte[] head = in.readNBytes(ZIP.length);
            return java.util.Arrays.equals(head, ZIP);
        }
    }
}
