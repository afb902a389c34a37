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
 * @param retryAfter  what a 503 ({@code not-ready}, {@code overloaded}) tells the caller to wait before trying again
 */
@ConfigurationProperties("gateway.ingest")
public record IngestProperties(@DefaultValue("20MB") DataSize maxSize,
                               @DefaultValue("data/inbox") Path inboxDir,
                               @DefaultValue("0") int maxInFlight,
                               @DefaultValue("5s") Duration retryAfter) {
    /** The conversions allowed in flight: {@code maxInFlight}, or twice the available processors. */
    public int inFlightLimit() {
        return maxInFlight > 0 ? maxInFlight : 2 * Runtime.getRuntime().availableProcessors();
    }
}
