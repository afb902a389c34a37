package eu.credentialgateway.deliver;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Stage;
import eu.credentialgateway.app.camel.GatewayConstants;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hands a finished credential to its target. Target {@code outbox} (the default) writes
 * {@code <gateway.deliver.outbox-dir>/<uuid>.jsonld} atomically; the same credential id again replaces it.
 */
@Component("deliverStage")
public class DeliverStage implements Processor {
    /** Exchange property set after delivery: the absolute path of the written file. */
    public static final String DELIVERED_TO = "GatewayDeliveredTo";
    static final String OUTBOX = "outbox";
    private static final String URN_UUID = "urn:uuid:";
    private static final Logger LOG = LoggerFactory.getLogger(DeliverStage.class);

    private final Outbox outbox;

    @Autowired
    public DeliverStage(DeliverProperties properties, @Value("${gateway.home:.}") String home) {
        // a String, not a Path: Spring's PathEditor would resolve "." against the servlet docbase
        this(properties.outboxDirUnder(Path.of(home)));
    }

    /** A stage writing to {@code outboxDir}. */
    public DeliverStage(Path outboxDir) {
        this.outbox = new Outbox(outboxDir);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String target = exchange.getProperty(GatewayConstants.TARGET, OUTBOX, String.class);
        if (!OUTBOX.equals(target.trim().toLowerCase(Locale.ROOT))) {
            throw new GatewayException(new Finding(Stage.DELIVER, "unknown-target",
                    "no delivery target of that name; known: outbox", "target"));
        }
        String credentialId = exchange.getMessage().getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
        UUID id = uuidOf(credentialId);
        String credential = exchange.getMessage().getBody(String.class);
        if (credential == null || credential.isBlank()) {
            throw new GatewayException(new Finding(Stage.DELIVER, "empty-credential",
                    "there is no serialised credential to deliver", "body"));
        }
        Path file = outbox.write(id, credential.getBytes(StandardCharsets.UTF_8));
        exchange.setProperty(DELIVERED_TO, file.toString());
        exchange.getMessage().setHeader(Exchange.FILE_NAME_PRODUCED, file.toString());
        LOG.info("delivered credential {} to the outbox: {}", credentialId, file.getFileName());
    }

    /** The UUID of a {@code urn:uuid:} credential id, in canonical form only: the file name is made from it. */
    static UUID uuidOf(String credentialId) {
        if (credentialId != null && credentialId.regionMatches(true, 0, URN_UUID, 0, URN_UUID.length())) {
            String text = credentialId.substring(URN_UUID.length());
            try {
                UUID id = UUID.fromString(text);
                if (id.toString().equalsIgnoreCase(text)) {
                    return id;
                }
            } catch (IllegalArgumentException notAUuid) {
                // reported below
            }
        }
        throw new GatewayException(new Finding(Stage.DELIVER, "invalid-credential-id",
                "the credential id is not a urn:uuid: identifier", GatewayHeaders.CREDENTIAL_ID));
    }
}
