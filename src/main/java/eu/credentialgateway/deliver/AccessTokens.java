package eu.credentialgateway.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * OAuth2 client-credentials tokens (RFC 6749 4.4) for the registry: one token is cached until shortly before it
 * expires ({@code expires_in}, less a tenth of its life, at most 30 s) and shared by every worker; a 401 from the
 * registry drops it ({@link #invalidate}) so the next call fetches a fresh one. The secret never leaves this class.
 */
final class AccessTokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final URI tokenUrl;
    private final String clientId;
    private final String secret;
    private final String scope;
    private final boolean basic;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    AccessTokens(DeliverProperties.Registry settings, String secret, HttpClient http, Duration timeout, Clock clock) {
        this.tokenUrl = settings.tokenUrl();
        this.clientId = settings.clientId();
        this.secret = secret;
        this.scope = settings.scope();
        this.basic = !"post".equalsIgnoreCase(settings.clientAuth());
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
        if (tokenUrl != null && (clientId == null || secret == null || secret.isBlank())) {
            throw new IllegalStateException("gateway.deliver.registry.token-url needs client-id and the secret "
                    + "(environment GATEWAY_DELIVER_REGISTRY_CLIENT_SECRET)");
        }
    }

    /** True when the registry wants a bearer token. */
    boolean enabled() {
        return tokenUrl != null;
    }

    /** A valid token, fetched when none is cached or the cached one is about to expire. */
    synchronized String current() throws IOException, InterruptedException {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    /** Drops {@code rejected} (the registry answered 401 to it); a newer token fetched meanwhile is kept. */
    synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(token)) {
            token = null;
        }
    }

    private void fetch() throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (scope != null && !scope.isBlank()) {
            form.append("&scope=").append(encode(scope));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenUrl).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (basic) {
            String credentials = encode(clientId) + ":" + encode(secret);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        } else {
            form.append("&client_id=").append(encode(clientId)).append("&client_secret=").append(encode(secret));
        }
        HttpResponse<String> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status != 200) {
            boolean transientFault = status == 408 || status == 429 || status >= 500;
            throw new DeliveryFailure("token-" + status, "HTTP " + status + " from the token endpoint", !transientFault, status, null);
        }
        JsonNode answer = JSON.readTree(response.body());
        JsonNode accessToken = answer.path("access_token");
        if (!accessToken.isTextual() || accessToken.asText().isBlank()) {
            throw DeliveryFailure.transientFault("token-malformed", "the token endpoint's answer has no access_token");
        }
        Duration lifetime = answer.path("expires_in").canConvertToLong()
                ? Duration.ofSeconds(answer.path("expires_in").asLong()) : DEFAULT_LIFETIME;
        Duration margin = lifetime.dividedBy(10);
        if (margin.compareTo(Duration.ofSeconds(30)) > 0) {
            margin = Duration.ofSeconds(30);
        }
        token = accessToken.asText();
        refreshAt = clock.instant().plus(lifetime).minus(margin);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "AccessTokens[" + tokenUrl + ", client " + clientId + ", secret hidden]";
    }
}
