package eu.credentialgateway.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayHeaders;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
 * Target {@code registry} (routes/deliver-registry.yaml), an EBSI-style credential registry:
 * <ol>
 * <li>the issuer's DID must be accredited in the Trusted Issuers Registry ({@link TrustedIssuers}), else given-up;</li>
 * <li>when the previous attempt was interrupted (the gateway died mid-send), {@code GET <url>/<credential id>} first:
 * 200 means the registry has it, so it counts as delivered without a second POST;</li>
 * <li>POST {@link #payload the payload} to {@code url} with a bearer token ({@link AccessTokens}) and
 * {@code Idempotency-Key: <credential id>}; a 401 drops the token and tries once more with a fresh one.</li>
 * </ol>
 */
@Component("registryTarget")
class RegistryTarget extends HttpTarget {
    static final String NAME = "registry";
    static final String SECRET = "gateway.deliver.registry.client-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeliverProperties.Registry settings;
    private final AccessTokens tokens;
    private final TrustedIssuers issuers;

    @Autowired
    RegistryTarget(DeliverProperties properties, Environment environment, HttpClient deliveryHttpClient) {
        this(properties, environment.getProperty(SECRET), deliveryHttpClient, Clock.systemUTC());
    }

    RegistryTarget(DeliverProperties properties, String secret, HttpClient http, Clock clock) {
        super(NAME, properties.registry().url(), properties, http, clock);
        this.settings = properties.registry();
        this.tokens = new AccessTokens(settings, secret, http, timeout, clock);
        this.issuers = new TrustedIssuers(settings.tirUrl(), settings.tirCacheTtl(), http, timeout, clock);
        if (!"json".equalsIgnoreCase(settings.payload()) && !"jwt".equalsIgnoreCase(settings.payload())) {
            throw new IllegalArgumentException("gateway.deliver.registry.payload must be json or jwt");
        }
    }

    @Override
    public boolean takesJwtForm() {
        return configured() && "jwt".equalsIgnoreCase(settings.payload());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (!configured()) {
            throw DeliveryFailure.permanent("target-not-configured", "gateway.deliver.registry.url is not set");
        }
        String credentialId = DeliveryExchange.credentialId(exchange);
        String body = DeliveryExchange.body(exchange);
        if (issuers.enabled()) {
            issuers.requireAccredited(issuerDid(exchange.getProperty(GatewayHeaders.JWT_FORM, body, String.class)));
        }
        if (DeliveryExchange.resumed(exchange) && settings.checkBeforeResend() && alreadyRegistered(credentialId)) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
            return;
        }
        Payload payload = payload(exchange);
        HttpResponse<Void> response = send(credentialId, payload);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, response.statusCode());
        HttpAnswer.requireSuccess("registry", response, clock);
    }

    /** What is pushed: switch with {@code gateway.deliver.registry.payload} ({@code json} now, {@code jwt} once sealing makes one). */
    record Payload(String contentType, String text) {
        @Override
        public String toString() {
            return "Payload[" + contentType + ", " + text.length() + " chars]";
        }
    }

    Payload payload(Exchange exchange) {
        if ("jwt".equalsIgnoreCase(settings.payload())) {
            String jwt = exchange.getProperty(GatewayHeaders.JWT_FORM, String.class);
            if (jwt == null || jwt.isBlank()) {
                throw DeliveryFailure.permanent("no-jwt-form", "the registry wants the JWT form and the credential has none");
            }
            return new Payload("application/jwt", jwt);
        }
        return new Payload("application/ld+json", DeliveryExchange.body(exchange));
    }

    /**
     * {@code gateway.deliver.registry.issuer-did}, else the credential's {@code issuer} (a string or an object's {@code id});
     * {@code credential} is JSON, or a compact JWT whose payload is (its {@code iss} claim repeats the issuer).
     */
    String issuerDid(String credential) throws IOException {
        if (settings.issuerDid() != null && !settings.issuerDid().isBlank()) {
            return settings.issuerDid().trim();
        }
        String body = credential.strip();
        if (!body.startsWith("{") && body.split("\\.").length == 3) {
            body = new String(java.util.Base64.getUrlDecoder().decode(body.split("\\.")[1]), StandardCharsets.UTF_8);
        }
        JsonNode issuer = JSON.readTree(body).path("issuer");
        String id = issuer.isTextual() ? issuer.asText() : issuer.path("id").asText("");
        if (!id.startsWith("did:")) {
            throw DeliveryFailure.permanent("issuer-not-a-did",
                    "the credential's issuer is not a DID: set gateway.deliver.registry.issuer-did");
        }
        return id;
    }

    private HttpResponse<Void> send(String credentialId, Payload payload) throws IOException, InterruptedException {
        String token = tokens.enabled() ? tokens.current() : null;
        HttpResponse<Void> response = http.send(post(credentialId, payload, token), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 401 && token != null) {
            tokens.invalidate(token);
            response = http.send(post(credentialId, payload, tokens.current()), HttpResponse.BodyHandlers.discarding());
        }
        return response;
    }

    private HttpRequest post(String credentialId, Payload payload, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url()).timeout(timeout)
                .header("Content-Type", payload.contentType())
                .header(DeliveryExchange.IDEMPOTENCY_KEY, credentialId)
                .POST(HttpRequest.BodyPublishers.ofString(payload.text(), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** GET {@code <url>/<credential id>}: true on 200; false on 404 or anything else (then the POST's idempotency key guards). */
    private boolean alreadyRegistered(String credentialId) throws IOException, InterruptedException {
        URI lookup = URI.create(settings.url().toString().replaceAll("/+$", "") + "/"
                + URLEncoder.encode(credentialId, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(lookup).timeout(timeout).GET();
        if (tokens.enabled()) {
            request.header("Authorization", "Bearer " + tokens.current());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
