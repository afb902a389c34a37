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
    /** Header: the task's id (UUID text). */
    public static final String DELIVERY_ID = "GatewayDeliveryId";
    /** Header: this attempt's number, 1-based, across re-arms. */
    public static final String ATTEMPT = "GatewayDeliveryAttempt";
    /** Header: this attempt's number since the last operator re-arm (1 = a fresh start). */
    public static final String ATTEMPT_IN_BUDGET = "GatewayDeliveryAttemptInBudget";
    static final String RESUMED = "GatewayDeliveryResumed";
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
        message.setHeader(DELIVERY_ID, task.taskId().toString());
        message.setHeader(ATTEMPT, task.attempt());
        message.setHeader(ATTEMPT_IN_BUDGET, task.attemptsInBudget());
        message.setHeader(RESUMED, task.resumed());
        if (credential.jwt() != null) {
            exchange.setProperty(DeliverStage.JWT_FORM, credential.jwt());
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
        return Boolean.TRUE.equals(exchange.getMessage().getHeader(RESUMED, Boolean.class));
    }
}
