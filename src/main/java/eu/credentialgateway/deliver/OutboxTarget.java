package eu.credentialgateway.deliver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Target {@code outbox} (routes/deliver-outbox.yaml): writes {@code <outbox-dir>/<uuid><extension>} atomically, the
 * extension that of the stored form (header {@code Content-Type}; {@link Outbox#extensionOf}: {@code .jades.json},
 * {@code .jwt}, {@code .jsonld}, {@code .json}, {@code .ttl}, {@code .nq}). The same credential again replaces the
 * file with the same content, so a resend is harmless.
 */
@Component("outboxTarget")
class OutboxTarget implements DeliveryTarget {
    static final String NAME = "outbox";
    private final Outbox outbox;

    @Autowired
    OutboxTarget(DeliverProperties properties, @Value("${gateway.home:.}") String home) {
        // a String, not a Path: Spring's PathEditor would resolve "." against the servlet docbase
        this(properties.outboxDirUnder(Path.of(home)));
    }

    OutboxTarget(Path dir) {
        this.outbox = new Outbox(dir);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean configured() {
        return true;
    }

    Path dir() {
        return outbox.dir();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Path file = outbox.write(DeliverStage.uuidOf(DeliveryExchange.credentialId(exchange)),
                exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class),
                DeliveryExchange.body(exchange).getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader(Exchange.FILE_NAME_PRODUCED, file.toString());
    }
}
