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
 *                    processors, fewer when the heap is small ({@link #inFlightLimit()}). An HTTP caller above it is
 *                    answered 503 at once; inboxes wait
 * @param retryAfter  what a 503 ({@code not-ready}, {@code overloaded}) tells the caller to wait before trying again
 */
@ConfigurationProperties("gateway.ingest")
public record IngestProperties(@DefaultValue("20MB") DataSize maxSize,
                               @DefaultValue("data/inbox") Path inboxDir,
                               @DefaultValue("0") int maxInFlight,
                               @DefaultValue("5s") Duration retryAfter) {
    /**
     * A floor for the heap a conversion needs per byte of its document: the parsed tree, the RDF graph and the
     * serialised, sealed credential each hold the content again, several times over (README, Load and hostile-input tests).
     */
    static final int HEAP_PER_DOCUMENT_BYTE = 16;

    /**
     * The conversions allowed in flight: {@code maxInFlight}, or twice the available processors, but no more than
     * the heap holds at {@link #HEAP_PER_DOCUMENT_BYTE} times {@code maxSize} each (at least one).
     */
    public int inFlightLimit() {
        if (maxInFlight > 0) {
            return maxInFlight;
        }
        long byHeap = Runtime.getRuntime().maxMemory() / Math.max(1, HEAP_PER_DOCUMENT_BYTE * maxSize.toBytes());
        return (int) Math.max(1, Math.min(2L * Runtime.getRuntime().availableProcessors(), byHeap));
    }
}
