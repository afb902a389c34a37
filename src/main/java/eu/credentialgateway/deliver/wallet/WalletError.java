package eu.credentialgateway.deliver.wallet;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An OAuth 2.0 / OpenID4VCI error answer: {@code {"error": code, "error_description": ...}}, {@code Cache-Control:
 * no-store}; 401 ones carry {@code WWW-Authenticate: Bearer} (RFC 6750), 429 ones {@code Retry-After} (seconds).
 * Descriptions are the gateway's own ASCII wording, never a value the wallet sent nor a secret.
 */
final class WalletError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final String code;
    private final Duration retryAfter;

    WalletError(HttpStatus status, String code, String description) {
        this(status, code, description, null);
    }

    private WalletError(HttpStatus status, String code, String description, Duration retryAfter) {
        super(description);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static WalletError badRequest(String code, String description) {
        return new WalletError(HttpStatus.BAD_REQUEST, code, description);
    }

    /**
     * 429 {@code temporarily_unavailable} (RFC 6749's code for a server that cannot serve now; OpenID4VCI has none
     * of its own), to be tried again after {@code retryAfter} (rounded up to whole seconds, at least 1).
     */
    static WalletError tooManyRequests(String description, Duration retryAfter) {
        return new WalletError(HttpStatus.TOO_MANY_REQUESTS, "temporarily_unavailable", description, retryAfter);
    }

    String code() {
        return code;
    }

    HttpStatus status() {
        return status;
    }

    ResponseEntity<Map<String, Object>> response() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (code != null) {
            body.put("error", code);
        }
        body.put("error_description", getMessage());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON);
        if (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, code == null ? "Bearer" : "Bearer error=\"" + code + "\"");
        }
        if (retryAfter != null) {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds)));
        }
        return answer.body(body);
    }
}
