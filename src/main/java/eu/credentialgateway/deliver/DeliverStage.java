package eu.credentialgateway.deliver;

import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Stage;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The deliver stage: stores the finished credential with one delivery task per target in ONE transaction (the
 * transactional outbox) and returns. The {@link DeliveryDispatcher} delivers the tasks afterwards, with retries,
 * and a restart resumes them; see package-info for the targets and their choice.
 */
@Component("deliverStage")
public class DeliverStage implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(DeliverStage.class);

    private final DeliveryTargets targets;
    private final DeliveryStore store;
    private final Wakeup wakeup;

    DeliverStage(DeliveryTargets targets, DeliveryStore store, Wakeup wakeup) {
        this.targets = targets;
        this.store = store;
        this.wakeup = wakeup;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String format = message.getHeader(GatewayHeaders.FORMAT, String.class);
        List<String> chosen = chosenTargets(exchange);
        String credentialId = message.getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
        uuidOf(credentialId);
        String credential = message.getBody(String.class);
        if (credential == null || credential.isBlank()) {
            throw new GatewayException(new Finding(Stage.DELIVER, "empty-credential",
                    "there is no serialised credential to deliver", "body"));
        }
        StoredCredential stored = new StoredCredential(credentialId, uuidOrNull(message.getHeader(GatewayHeaders.INPUT_ID, String.class)),
                format, uuidOrNull(message.getHeader(GatewayHeaders.BATCH_ID, String.class)), credential,
                exchange.getProperty(GatewayHeaders.JWT_FORM, String.class), message.getHeader(Exchange.CONTENT_TYPE, String.class));
        List<UUID> ids = store.store(stored, chosen);
        wakeup.ring();
        exchange.setProperty(GatewayHeaders.DELIVERY_IDS, ids.stream().map(UUID::toString).toList());
        LOG.info("credential {} stored for delivery to {}", credentialId, chosen);
    }

    /** The targets the targets step chose ({@link TargetsStage}); chosen now when a route left that step out. */
    @SuppressWarnings("unchecked")
    private List<String> chosenTargets(Exchange exchange) {
        List<String> chosen = exchange.getProperty(GatewayHeaders.CHOSEN_TARGETS, List.class);
        return chosen != null ? chosen : targets.choose(exchange);
    }

    /** The UUID of a {@code urn:uuid:} credential id, in canonical form only: file names and keys are made from it. */
    static UUID uuidOf(String credentialId) {
        return CanonicalUuid.fromUrn(credentialId).orElseThrow(() -> new GatewayException(new Finding(Stage.DELIVER,
                "invalid-credential-id", "the credential id is not a urn:uuid: identifier", GatewayHeaders.CREDENTIAL_ID)));
    }

    private static UUID uuidOrNull(String text) {
        return CanonicalUuid.parse(text).orElse(null);
    }
}
