package eu.credentialgateway.ingest;

import eu.credentialgateway.ConversionHistory;
import eu.credentialgateway.CredentialId;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Sha256;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * First step of every input: reads the document within the size bound, gives it an input id, its
 * content hash, its format (named by the route or caller, or detected) and its deterministic
 * credential id. The original bytes ride along in {@link GatewayHeaders#ORIGINAL} for evidence
 * and quarantine. A file from an inbox whose content was converted before is marked
 * ({@link GatewayHeaders#DUPLICATE_OF} = the earlier input's id) so the route records it instead of
 * converting it twice; over HTTP the caller asked for the credential, so it is converted again
 * (to the same credential id).
 */
@Component
public class IngestStage implements Processor {
    private final long maxBytes;
    private final AdapterCatalog formats;
    private final FormatDetector detector;
    private final ConversionHistory history;

    public IngestStage(IngestProperties properties, AdapterCatalog adapters, ConversionHistory history) {
        this.history = history;
        this.maxBytes = properties.maxSize().toBytes();
        this.formats = adapters;
        this.detector = new FormatDetector(adapters);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        BoundedRead read;
        try (InputStream in = message.getMandatoryBody(InputStream.class)) {
            read = BoundedRead.of(in, maxBytes);
        }
        byte[] content = read.content();
        String hash = Sha256.hex(content);
        message.setHeader(GatewayHeaders.INPUT_ID, message.getHeader(GatewayHeaders.INPUT_ID, UUID.randomUUID().toString(), String.class));
        message.setHeader(GatewayHeaders.CONTENT_HASH, hash);
        message.setHeader(GatewayHeaders.SOURCE, message.getHeader(GatewayHeaders.SOURCE,
                message.getHeader(Exchange.FILE_NAME) != null ? "inbox" : "http", String.class));
        if (message.getHeader(Exchange.FILE_NAME_ONLY) != null) {
            message.setHeader(GatewayHeaders.FILE_NAME, message.getHeader(Exchange.FILE_NAME_ONLY, String.class));
        }
        exchange.setProperty(GatewayHeaders.ORIGINAL, content);
        message.setBody(content);

        if (read.exceeded()) {
            throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "too-large",
                    "the document is larger than " + maxBytes + " bytes (gateway.ingest.max-size); only its first "
                            + maxBytes + " bytes were read and kept", "/")));
        }
        String format = message.getHeader(GatewayHeaders.FORMAT, String.class);
        if (format == null || format.isBlank()) {
            format = detector.detect(content);
        } else if (!formats.contains(format)) {
            throw new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.INGEST, "unknown-format",
                    "no adapter for format '" + (format.matches("[A-Za-z0-9_-]{1,40}") ? format : "(invalid name)") + "'; formats this gateway knows: " + formats.formats(), "format")));
        }
        message.setHeader(GatewayHeaders.FORMAT, format);
        message.setHeader(GatewayHeaders.CREDENTIAL_ID, CredentialId.of(format, hash).urn());
        if ("inbox".equals(message.getHeader(GatewayHeaders.SOURCE))) {
            String detected = format;
            history.convertedInput(detected, hash)
                    .ifPresent(earlier -> exchange.setProperty(GatewayHeaders.DUPLICATE_OF, earlier.toString()));
        }
    }
}
