package eu.credentialgateway.ingest;

import eu.credentialgateway.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The 503 answers given before any conversion starts, with {@code Retry-After}: {@code not-ready} (the pipeline is
 * starting or stopping) and {@code overloaded} (every slot of {@link ConversionSlots} taken). Nothing is quarantined:
 * the input was never taken.
 */
public final class Unavailable {
    public static final String NOT_READY = "not-ready";
    public static final String OVERLOADED = "overloaded";
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private Unavailable() {
    }

    /**
     * The answer for {@code code}, after reading the unread body away (up to {@code maxBody} bytes, without keeping it):
     * a server that answers mid-upload makes many clients see a reset connection instead of the 503. A client that
     * sent {@code Expect: 100-continue} has sent no body yet, and is spared.
     */
    public static ResponseEntity<Map<String, Object>> answer(String code, Duration retryAfter, HttpServletRequest request,
                                                             long maxBody) {
        if (!"100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            try (InputStream body = request.getInputStream()) {
                drain(body, Math.min(maxBody + 1, DRAIN_LIMIT));
            } catch (IOException | RuntimeException gone) {
                // the caller went away or sent too much: the answer still goes out, the connection is closed after it
            }
        }
        return answer(code, retryAfter);
    }

    /** The answer for {@code code} (problem+json, {@code Retry-After} in whole seconds, at least 1). */
    public static ResponseEntity<Map<String, Object>> answer(String code, Duration retryAfter) {
        boolean notReady = NOT_READY.equals(code);
        String detail = notReady ? "the gateway is starting or stopping; send the document again later"
                : "the gateway converts as many documents as it can at once; send the document again later";
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.TYPE_BASE + code);
        problem.put("title", notReady ? "The gateway is not ready" : "The gateway is busy");
        problem.put("status", 503);
        problem.put("code", code);
        problem.put("detail", detail);
        problem.put("errors", List.of(Map.of("stage", "ingest", "code", code, "message", detail, "location", "/")));
        return ResponseEntity.status(503)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(problem);
    }

    private static void drain(InputStream body, long limit) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long read = 0;
        for (int n = body.read(buffer); n >= 0 && read < limit; n = body.read(buffer)) {
            read += n;
        }
    }
}
