package eu.credentialgateway.ingest;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where inputs come from and how big they may be.
 *
 * @param maxSize    largest accepted document; larger ones are refused (HTTP 413) and quarantined
 * @param inboxDir   one sub-folder per format ({@code <inboxDir>/elmo/}); processed files move to its {@code done/}
 * @param maxInFlight conversions (and verifications) running at once, HTTP and inboxes together; 0 or unset: twice the
 *                    processors ({@link #inFlightLimit()}). An HTTP caller above it is answered 503 at once; inboxes wait
 * @param maxBytesInFlight the documents' bytes in flight together (HTTP: Content-Length, else max-size; inbox: the
 *                    file's length); 0 or unset: the heap over 40 ({@link #bytesInFlightLimit()}). A larger document runs alone
 * @param retryAfter  what a 503 ({@code not-ready}, {@code overloaded}) tells the caller to wait before trying again
 */
@ConfigurationProperties("gateway.ingest")
public record IngestProperties(@DefaultValue("20MB") DataSize maxSize,
                               @DefaultValue("data/inbox") Path inboxDir,
                               @DefaultValue("0") int maxInFlight,
                               @DefaultValue("0") DataSize maxBytesInFlight,
                               @DefaultValue("5s") Duration retryAfter) {
    /**
     * Heap a conversion may need per byte of its document: the parsed tree, the RDF graph and the serialised, sealed
     * credential each hold the content again, several times over. Measured with -Xmx1g: three 19 MB ELMO transcripts at
     * once ran out of memory in the check step (docs/operations.md, Load and overload).
     */
    static final int HEAP_PER_DOCUMENT_BYTE = 40;

    /** The conversions allowed in flight: {@code maxInFlight}, or twice the available processors. */
    public int inFlightLimit() {
        return maxInFlight > 0 ? maxInFlight : 2 * Runtime.getRuntime().availableProcessors();
    }

    /** The document bytes allowed in flight: {@code maxBytesInFlight}, or the heap over {@link #HEAP_PER_DOCUMENT_BYTE}. */
    public long bytesInFlightLimit() {
        return maxBytesInFlight.toBytes() > 0 ? maxBytesInFlight.toBytes() : Runtime.getRuntime().maxMemory() / HEAP_PER_DOCUMENT_BYTE;
    }
}
