package eu.credentialgateway.check.signature;

import com.fasterxml.jackson.databind.JsonNode;
import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Open Badges 2.0 hosted-verification scope, checked on the documents in hand (nothing is fetched): a
 * {@code HostedBadge} Assertion's {@code id} must start with one of its issuer Profile's
 * {@code verification.startsWith} values when given, and its host must be one of {@code verification.allowedOrigins}
 * (default: the host of the issuer Profile's own {@code id}), OB 2.0 "Hosted verification" and "VerificationObject".
 *
 * <p>The Assertion's BadgeClass is the one it embeds, else the request's document with the id its {@code badge}
 * names, else the request's only BadgeClass (a document fetched through a redirect carries another id); its issuer
 * likewise. When no issuer Profile or no HTTP issuer id is at hand, the scope cannot be known: a note says so.
 */
final class HostedVerification {
    static final String NOT_ALLOWED = "hosted-origin-not-allowed";
    static final String NOT_CHECKED = "hosted-origin-not-checked";

    private HostedVerification() {
    }

    /** Checks every hosted Assertion of the request (its documents, in order); rejections and notes go to the lists. */
    static void check(List<JsonNode> documents, List<String> locations, List<Finding> rejections, List<Finding> notes) {
        for (int i = 0; i < documents.size(); i++) {
            JsonNode assertion = documents.get(i);
            if (hasType(assertion, "Assertion") && isHosted(assertion)) {
                check(assertion, documents, locations.get(i), rejections, notes);
            }
        }
    }

    private static void check(JsonNode assertion, List<JsonNode> documents, String location, List<Finding> rejections, List<Finding> notes) {
        JsonNode badge = resolve(assertion.path("badge"), documents, "BadgeClass");
        JsonNode issuer = badge == null ? null : resolve(badge.path("issuer"), documents, "Issuer", "Profile");
        if (issuer == null) {
            notes.add(new Finding(Stage.CHECK, NOT_CHECKED, "the hosted assertion's issuer Profile is not in the request:"
                    + " its verification scope is not checked", location));
            return;
        }
        String id = assertion.path("id").asText("");
        JsonNode policy = issuer.path("verification");
        List<String> startsWith = strings(policy.path("startsWith"));
        if (!startsWith.isEmpty() && startsWith.stream().noneMatch(id::startsWith)) {
            rejections.add(new Finding(Stage.CHECK, NOT_ALLOWED, "the hosted assertion's id does not start with any"
                    + " verification.startsWith of its issuer Profile (OB 2.0 hosted verification)", location));
            return;
        }
        List<String> origins = strings(policy.path("allowedOrigins"));
        if (origins.isEmpty()) {
            String issuerHost = httpHost(issuer.path("id").asText(""));
            if (issuerHost == null) {
                notes.add(new Finding(Stage.CHECK, NOT_CHECKED, "the issuer Profile has no HTTP id and no"
                        + " verification.allowedOrigins: the hosted assertion's origin is not checked", location));
                return;
            }
            origins = List.of(issuerHost);
        }
        String host = httpHost(id);
        String authority = authority(id);
        if (host == null || origins.stream().noneMatch(o -> o.equalsIgnoreCase(host) || o.equalsIgnoreCase(authority))) {
            rejections.add(new Finding(Stage.CHECK, NOT_ALLOWED, "the hosted assertion's id is not an HTTP(S) URL on an origin"
                    + " its issuer Profile allows (verification.allowedOrigins, else the issuer id's host)", location));
        }
    }

    /** An embedded object, the document whose id the reference names, or the request's only document of the types. */
    private static JsonNode resolve(JsonNode reference, List<JsonNode> documents, String... types) {
        if (reference.isObject()) {
            return reference;
        }
        if (!reference.isTextual()) {
            return null;
        }
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode document : documents) {
            if (reference.asText().equals(document.path("id").asText(null))) {
                return document;
            }
            for (String type : types) {
                if (hasType(document, type)) {
                    candidates.add(document);
                    break;
                }
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static boolean isHosted(JsonNode assertion) {
        JsonNode verification = assertion.has("verification") ? assertion.get("verification") : assertion.path("verify");
        return strings(verification.path("type")).stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.equals("hosted") || t.equals("hostedbadge"));
    }

    static boolean hasType(JsonNode node, String type) {
        return strings(node.path("type")).contains(type);
    }

    private static List<String> strings(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isTextual()) {
            out.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(v -> {
                if (v.isTextual()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }

    private static String httpHost(String url) {
        URI uri = uri(url);
        return uri == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).matches("https?") ? null : uri.getHost();
    }

    private static String authority(String url) {
        URI uri = uri(url);
        return uri == null ? null : uri.getAuthority();
    }

    private static URI uri(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
