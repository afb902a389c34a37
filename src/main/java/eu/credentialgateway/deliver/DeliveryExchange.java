package eu.credentialgateway.deliver;

import eu.credentialgateway.GatewayHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What the dispatcher puts on the exchange it sends to {@code direct:deliver-<target>}: body = the stored
 * credential (String); headers {@code GatewayCredentialId} (also the idempotency key), {@code GatewayInputId},
 * {@code GatewayFormat}, {@code GatewayDeliveryId}, {@code GatewayDeliveryAttempt}, {@code GatewayDeliveryAttemptInBudget},
 * {@code GatewayDeliveryResumed}, {@code Content-Type} (the stored form's media type, when known);
 * property {@code GatewayCredentialJwt} when the credential has a JWT form.
 */
public final class DeliveryExchange {
    /** The idempotency header sent to HTTP targets (and to Kafka as a record header): the credential id. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private DeliveryExchange() {
    }

    static void fill(Exchange exchange, ClaimedTask task, StoredCredential credential) {
        Message message = exchange.getMessage();
        message.setBody(credential.body());
        message.setHeader(GatewayHeaders.CREDENTIAL_ID, credential.credentialId());
        if (credential.inputId() != null) {
            message.setHeader(GatewayHeaders.INPUT_ID, credential.inputId().toString());
        }
        if (credential.format() != null) {
            message.setHeader(GatewayHeaders.FORMAT, credential.format());
        }
        message.setHeader(GatewayHeaders.DELIVERY_ID, task.taskId().toString());
        message.setHeader(GatewayHeaders.DELIVERY_ATTEMPT, task.attempt());
        message.setHeader(GatewayHeaders.DELIVERY_ATTEMPT_IN_BUDGET, task.attemptsInBudget());
        message.setHeader(GatewayHeaders.DELIVERY_RESUMED, task.resumed());
        if (credential.jwt() != null) {
            exchange.setProperty(GatewayHeaders.JWT_FORM, credential.jwt());
        }
        if (credential.mediaType() != null) {
            message.setHeader(Exchange.CONTENT_TYPE, credential.mediaType());
        }
    }

    static String credentialId(Exchange exchange) {
        return exchange.getMessage().getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
    }

    static String body(Exchange exchange) {
        return exchange.getMessage().getBody(String.class);
    }

    static boolean resumed(Exchange exchange) {
        return Boolean.TRUE.equals(exchange.getMessage().getHeader(GatewayHeaders.DELIVERY_RESUMED, Boolean.class));
    }
}
