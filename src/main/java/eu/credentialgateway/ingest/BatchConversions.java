package eu.credentialgateway.ingest;

import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.springframework.stereotype.Component;

/**
 * The batch path of {@code POST /api/v1/conversions}: a CSV file ({@code ?format=} a csv-kind adapter, or
 * no format and a first line that fits one) or an XLSX workbook ({@code ?format=xlsx}, or no format and a
 * zip signature) is written to a temporary file within {@code gateway.ingest.max-size}, then split row by
 * row by {@code direct:tabular-batch} (routes/csv.yaml). Every other document keeps the single-document path.
 */
@Component
class BatchConversions {
    /** The csv-kind adapter an XLSX workbook's rows are converted with. */
    static final String TEMPLATE_FORMAT = "csv";
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final AdapterCatalog adapters;
    private final FormatDetector detector;
    private final ProducerTemplate camel;
    private final long maxBytes;

    BatchConversions(AdapterCatalog adapters, ProducerTemplate camel, IngestProperties properties) {
        this.adapters = adapters;
        this.detector = new FormatDetector(adapters);
        this.camel = camel;
        this.maxBytes = properties.maxSize().toBytes();
    }

    /** Whether the caller's {@code ?format=} says the body is an XLSX workbook. */
    static boolean namesWorkbook(String format) {
        return format != null && "xlsx".equals(format.trim().toLowerCase(Locale.ROOT));
    }

    /** The csv-kind format whose rows the document holds, or null when it is not a batch. */
    String rowFormatOf(String format, byte[] head) {
        boolean zip = head.length >= ZIP.length && Arrays.equals(Arrays.copyOf(head, ZIP.length), ZIP);
        if (format != null) {
            String named = format.trim().toLowerCase(Locale.ROOT);
            if (namesWorkbook(named)) {
                return TEMPLATE_FORMAT;
            }
            return adapters.find(named).filter(a -> a.kind() == Adapter.Kind.CSV).map(Adapter::format).orElse(null);
        }
        if (zip) {
            return adapters.contains(TEMPLATE_FORMAT) ? TEMPLATE_FORMAT : null;
        }
        try {
            String detected = detector.detect(head);
            return adapters.find(detected).filter(a -> a.kind() == Adapter.Kind.CSV).map(Adapter::format).orElse(null);
        } catch (GatewayException notDetected) {
            return null;
        }
    }

    /** Converts every row; the finished exchange holds the BatchSummary, or the failure of the file as a whole. */
    Exchange convert(InputStream body, String rowFormat) throws IOException {
        return convert(body, rowFormat, null, null);
    }

    /**
     * The same, every row in the output profile {@code profile} (null: the configured one).
     *
     * @param targets the delivery targets of every row (comma-separated), or null for the configured ones
     */
    Exchange convert(InputStream body, String rowFormat, String profile, String targets) throws IOException {
        return convert(body, rowFormat, profile, targets, Map.of());
    }

    /** The same, with the submitter's headers ({@link Submission#headers()}) on every row. */
    Exchange convert(InputStream body, String rowFormat, String profile, String targets, Map<String, Object> headers)
            throws IOException {
        Path file = Files.createTempFile("gateway-batch-", ".upload");
        try {
            long size;
            boolean exceeded = false;
            try (OutputStream out = Files.newOutputStream(file)) {
                size = body.transferTo(new BoundedOutput(out, maxBytes));
            } catch (BoundedOutput.Exceeded e) {
                // its first max-size bytes are in the file: quarantined as a single document over the limit is
                size = maxBytes;
                exceeded = true;
            }
            Exchange exchange = new DefaultExchange(camel.getCamelContext());
            if (exceeded) {
                exchange.getMessage().setHeader(GatewayHeaders.BATCH_TOO_LARGE, maxBytes);
            }
            exchange.getMessage().setBody(file.toFile());
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, rowFormat);
            exchange.getMessage().setHeader(GatewayHeaders.SOURCE, "http");
            exchange.getMessage().setHeader(Exchange.FILE_LENGTH, size);
            exchange.getMessage().getHeaders().putAll(headers);
            if (profile != null) {
                exchange.getMessage().setHeader(GatewayHeaders.PROFILE, profile);
            }
            if (targets != null && !targets.isBlank()) {
                exchange.getMessage().setHeader(GatewayHeaders.TARGETS, targets.trim());
            }
            return camel.send("direct:tabular-batch", exchange);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Copies at most a limit (exactly its first that many bytes), so an oversize upload never fills the disk. */
    private static final class BoundedOutput extends java.io.FilterOutputStream {
        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final long limit;
        private long written;

        BoundedOutput(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                out.write(b, off, (int) (limit - written)); // up to the limit: the first max-size bytes are kept
            }
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) throws Exceeded {
            written += n;
            if (written > limit) {
                throw new Exceeded();
            }
        }
    }
}
