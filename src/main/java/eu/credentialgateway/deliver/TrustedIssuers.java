package eu.credentialgateway.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Is an issuer DID accredited? Asks an EBSI Trusted Issuers Registry v5 ({@code GET {tir}/issuers/{did}}) and
 * caches each answer for {@code tir-cache-ttl}. 404: not registered. 200 in the deprecated form ({@code attributes}
 * an array): accredited when an attribute's {@code issuerType} is RootTAO, TAO or TI. 200 in the current form
 * ({@code attributes} a link, {@code hasAttributes}): when hasAttributes, each attribute on the first page
 * ({@code {tir}/issuers/{did}/attributes}, then {@code .../attributes/{id}}) is read for its issuerType; URLs are
 * always built from the configured base, never taken from the answer. Faults (5xx, timeouts) are not cached.
 */
final class TrustedIssuers {
    static final Pattern DID = Pattern.compile("did:[a-z0-9]+:[A-Za-z0-9._:%-]+");
    private static final Set<String> ACCREDITED_TYPES = Set.of("RootTAO", "TAO", "TI");
    private static final int MAX_ATTRIBUTES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Answer(boolean accredited, String reason, Instant until) {
    }

    private final String base;
    private final Duration ttl;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, Answer> cache = new ConcurrentHashMap<>();

    TrustedIssuers(URI tirUrl, Duration ttl, HttpClient http, Duration timeout, Clock clock) {
        this.base = tirUrl == null ? null : tirUrl.toString().replaceAll("/+$", "");
        this.ttl = ttl;
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    boolean enabled() {
        return base != null;
    }

    /** Returns when {@code did} is accredited; throws a permanent failure when it is not, a transient one on faults. */
    void requireAccredited(String did) throws IOException, InterruptedException {
        if (!DID.matcher(did).matches()) {
            throw DeliveryFailure.permanent("issuer-did-invalid", "the issuer identifier is not a DID");
        }
        Answer answer = cache.get(did);
        if (answer == null || !clock.instant().isBefore(answer.until())) {
            answer = ask(did);
            cache.put(did, answer);
        }
        if (!answer.accredited()) {
            throw DeliveryFailure.permanent("issuer-not-accredited",
                    "the issuer DID is not accredited in the Trusted Issuers Registry (" + answer.reason() + ")");
        }
    }

    private Answer ask(String did) throws IOException, InterruptedException {
        JsonNode issuer = get("/issuers/" + did);
        if (issuer == null) {
            return answer(false, "not registered");
        }
        JsonNode attributes = issuer.path("attributes");
        if (attributes.isArray()) {
            return answer(anyAccredited(attributes), "no attribute of type RootTAO, TAO or TI");
        }
        if (!issuer.path("hasAttributes").asBoolean(false)) {
            return answer(false, "registered without accepted attributes");
        }
        JsonNode page = get("/issuers/" + did + "/attributes");
        int read = 0;
        for (JsonNode item : page == null ? JSON.createArrayNode() : page.path("items")) {
            String id = item.path("id").asText("");
            if (read++ >= MAX_ATTRIBUTES || !id.matches("[0-9A-Za-z]{1,128}")) {
                continue;
            }
            JsonNode attribute = get("/issuers/" + did + "/attributes/" + id);
            if (attribute != null && ACCREDITED_TYPES.contains(attribute.path("attribute").path("issuerType").asText())) {
                return answer(true, "accredited");
            }
        }
        return answer(false, "no attribute of type RootTAO, TAO or TI");
    }

    private static boolean anyAccredited(JsonNode attributes) {
        for (JsonNode attribute : attributes) {
            if (ACCREDITED_TYPES.contains(attribute.path("issuerType").asText())) {
                return true;
            }
        }
        return false;
    }

    private Answer answer(boolean accredited, String reason) {
        return new Answer(accredited, accredited ? "accredited" : reason, clock.instant().plus(ttl));
    }

    /** The JSON at {@code base + path}; null on 404; a failure otherwise. */
    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 404) {
            return null;
        }
        if (status != 200) {
            boolean transientFault = status == 408 || status == 429 || status >= 500;
            throw new DeliveryFailure("tir-" + status, "HTTP " + status + " from the Trusted Issuers Registry", !transientFault,
                    null, null);
        }
        return JSON.readTree(response.body());
    }
}
