package eu.credentialgateway.deliver.wallet;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An OAuth 2.0 / OpenID4VCI error answer: {@code {"error": code, "error_description": ...}}, {@code Cache-Control:
 * no-store}; 401 ones carry {@code WWW-Authenticate: Bearer} (RFC 6750). Descriptions are the gateway's own ASCII
 * wording, never a value the wallet sent.
 */
final class WalletError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final String code;

    WalletError(HttpStatus status, String code, String description) {
        super(description);
        this.status = status;
        this.code = code;
    }

    static WalletError badRequest(String code, String description) {
        return new WalletError(HttpStatus.BAD_REQUEST, code, description);
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
        return answer.body(body);
    }
}
