package eu.credentialgateway.ingest;

import eu.credentialgateway.OutputProfile;
import eu.credentialgateway.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The output profile a conversion request asks for: {@code ?profile=<name>} wins, else the {@code Accept}
 * header's best profile media type ({@code application/vc+jwt}: {@code ebsi-jwt}); null when it asks for none (the
 * configured profile applies). A request that cannot be met is refused before anything is read: 400 for an
 * unknown profile name, 406 for an {@code Accept} that names only media types no profile gives.
 */
record RequestedProfile(String profile, ResponseEntity<Map<String, Object>> refusal) {
    /** Media types that leave the choice to the gateway. */
    private static final List<String> ANY = List.of("*/*", "application/*", "application/json", "text/*");

    static RequestedProfile of(String name, String accept) {
        if (name != null && !name.isBlank()) {
            return OutputProfile.named(name).map(p -> new RequestedProfile(p.id(), null))
                    .orElseGet(() -> refused(400, "unknown-profile", "There is no output profile of that name",
                            "known profiles: " + OutputProfile.names(), "profile"));
        }
        return OutputProfile.acceptedBy(accept).map(p -> new RequestedProfile(p.id(), null))
                .orElseGet(() -> leavesChoice(accept) ? new RequestedProfile(null, null)
                        : refused(406, "not-acceptable", "No output profile gives a media type the request accepts",
                                "profiles and their media types: " + mediaTypes(), "Accept"));
    }

    private static boolean leavesChoice(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (ANY.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static String mediaTypes() {
        StringBuilder text = new StringBuilder();
        for (OutputProfile profile : OutputProfile.values()) {
            text.append(text.length() == 0 ? "" : "; ").append(profile.id()).append(' ')
                    .append(profile.sealed() ? profile.sealedMediaType() : profile.unsealedMediaType());
        }
        return text.toString();
    }

    private static RequestedProfile refused(int status, String code, String title, String message, String location) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_BASE + code);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", message);
        problem.put("code", code);
        problem.put("errors", List.of(Map.of("stage", "ingest", "code", code, "message", message, "location", location)));
        return new RequestedProfile(null, ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(problem));
    }
}
