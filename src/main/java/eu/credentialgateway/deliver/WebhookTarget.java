package eu.credentialgateway.deliver;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Target {@code webhook} (routes/deliver-webhook.yaml): POSTs the credential to {@code gateway.deliver.webhook.url}
 * with {@code Idempotency-Key: <credential id>}, a timestamp header and an HMAC-SHA256 signature header
 * ({@link WebhookSignature}; secret {@code GATEWAY_DELIVER_WEBHOOK_SECRET}). 2xx delivered; see {@link HttpAnswer}.
 */
@Component("webhookTarget")
class WebhookTarget extends HttpTarget {
    static final String NAME = "webhook";
    static final String SECRET = "gateway.deliver.webhook.secret";

    private final DeliverProperties.Webhook settings;
    private final WebhookSignature signature;

    @Autowired
    WebhookTarget(DeliverProperties properties, Environment environment, HttpClient deliveryHttpClient) {
        this(properties, environment.getProperty(SECRET), deliveryHttpClient, Clock.systemUTC());
    }

    WebhookTarget(DeliverProperties properties, String secret, HttpClient http, Clock clock) {
        super(NAME, properties.webhook().url(), properties, http, clock);
        this.settings = properties.webhook();
        this.signature = settings.url() == null ? null : new WebhookSignature(secret);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (!configured()) {
            throw DeliveryFailure.permanent("target-not-configured", "gateway.deliver.webhook.url is not set");
        }
        byte[] body = DeliveryExchange.body(exchange).getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(timeout)
                .header("Content-Type", "application/ld+json")
                .header(DeliveryExchange.IDEMPOTENCY_KEY, DeliveryExchange.credentialId(exchange))
                .header(settings.timestampHeader(), Long.toString(timestamp))
                .header(settings.signatureHeader(), signature.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, response.statusCode());
        HttpAnswer.requireSuccess("webhook", response, clock);
    }
}
