package eu.credentialgateway.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as RFC 9457 problems ({@code application/problem+json}), the way every other error of the API is
 * answered. They never echo what the caller sent (a key or a token must not come back in a body or a log).
 */
final class AccessProblems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessProblems() {
    }

    /** 401: no key or token, or one that is unknown, revoked, expired or not meant for this gateway. */
    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> {
            String detail = request.getHeader(ApiKeyFilter.HEADER) != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                    ? "the API key or bearer token is not valid (unknown, revoked, expired or for another audience)"
                    : "authentication required: send an API key in X-API-Key or an OpenID Connect bearer token";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"credential-gateway\"");
            write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", detail);
        };
    }

    /** 403: authenticated, but without a role this request needs. */
    static AccessDeniedHandler forbidden() {
        return (request, response, denied) -> write(response, HttpStatus.FORBIDDEN, "forbidden",
                "the caller's roles do not allow " + request.getMethod() + " " + request.getRequestURI());
    }

    static void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        Map<String, Object> problem = Problems.members(status.value(), code, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
