package eu.credentialgateway.quarantine;

import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Failure;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayHeaders;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps every failed input: its original bytes and why it failed, in the {@link QuarantineStore}.
 * Runs in the error route, after a stage threw; the exchange stays as it is, so {@code record} can run next.
 */
@Component("quarantineStage")
public class QuarantineStage implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(QuarantineStage.class);

    private final QuarantineStore store;
    private final Clock clock;

    @Autowired
    public QuarantineStage(QuarantineStore store) {
        this(store, Clock.systemUTC());
    }

    QuarantineStage(QuarantineStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        UUID inputId = inputId(exchange);
        Failure failure = Failure.of(exchange);
        QuarantineEntry entry = new QuarantineEntry(
                inputId,
                message.getHeader(GatewayHeaders.CONTENT_HASH, String.class),
                message.getHeader(GatewayHeaders.FORMAT, String.class),
                message.getHeader(GatewayHeaders.SOURCE, String.class),
                message.getHeader(GatewayHeaders.FILE_NAME, String.class),
                Instant.ofEpochMilli(exchange.getClock().getCreated()),
                clock.instant(),
                failure.step(),
                failure.rejection(),
                failure.findings());
        byte[] original = original(exchange);
        store.put(entry, original);
        Finding first = failure.findings().get(0);
        LOG.info("quarantined input {} (hash {}): step {}, {}/{} at {}, {} finding(s){}", inputId, entry.contentHash(),
                failure.step().id(), first.stage().id(), first.code(), first.location(), failure.findings().size(),
                original == null ? ", original bytes not available" : "");
    }

    /** The input id header; an input that failed before it had one gets one now, for both quarantine and record. */
    private static UUID inputId(Exchange exchange) {
        Optional<UUID> given = CanonicalUuid.of(exchange.getMessage().getHeader(GatewayHeaders.INPUT_ID));
        if (given.isPresent()) {
            return given.get();
        }
        // none or malformed: a fresh id, so a malformed header cannot name a path
        UUID id = UUID.randomUUID();
        exchange.getMessage().setHeader(GatewayHeaders.INPUT_ID, id.toString());
        return id;
    }

    /** The bytes as received: the ORIGINAL property, else the body while it is still raw input. */
    private static byte[] original(Exchange exchange) {
        byte[] kept = exchange.getProperty(GatewayHeaders.ORIGINAL, byte[].class);
        if (kept != null) {
            return kept;
        }
        Object body = exchange.getMessage().getBody();
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof GenericFile<?> || body instanceof InputStream || body instanceof File || body instanceof Path) {
            return exchange.getContext().getTypeConverter().tryConvertTo(byte[].class, exchange, body);
        }
        return null;
    }
}
