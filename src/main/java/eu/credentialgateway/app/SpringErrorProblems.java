package eu.credentialgateway.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.BodyTooLarge;
import eu.credentialgateway.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (unreadable body 400, unknown path 404, 405, 406, 415, missing or mistyped parameters) as RFC
 * 9457 problems with a {@code code} like every other error of the gateway, and a body over its limit
 * ({@link BodyTooLarge}) as 413 {@code too-large}. The wallet endpoints keep the OAuth error shape OpenID4VCI requires
 * ({@code {"error": "invalid_request", "error_description"}}). Controllers' own handlers come first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class SpringErrorProblems extends ResponseEntityExceptionHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WALLET = "/api/v1/wallet/";

    /** A body over its limit, read through Spring's message converters. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (BodyTooLarge.causes(ex)) {
            ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, rootMessage(ex));
            return handleExceptionInternal(ex, tooLarge, new HttpHeaders(), HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        int code = status.value();
        String detail = body instanceof ProblemDetail p && p.getDetail() != null ? p.getDetail() : HttpStatus.valueOf(code).getReasonPhrase();
        if (isWallet(request)) {
            return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON).body(wallet(detail));
        }
        ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatusAndDetail(status, detail);
        String name = codeOf(ex, code);
        problem.setType(Problems.type(name));
        problem.setProperty("code", name);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A body that went over its limit outside the message converters (a controller reading the stream itself). */
    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<Object> tooLarge(BodyTooLarge ex, WebRequest request) {
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage()),
                new HttpHeaders(), HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    private static String codeOf(Exception ex, int status) {
        if (BodyTooLarge.causes(ex)) {
            return BodyTooLarge.CODE;
        }
        if (status == 400 && ex instanceof HttpMessageNotReadableException) {
            return "unreadable-body";
        }
        return codeOf(status);
    }

    /** The code of an error known only by its status. */
    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> BodyTooLarge.CODE;
            case 415 -> "unsupported-media-type";
            default -> HttpStatus.valueOf(status).getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        };
    }

    private static boolean isWallet(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return http.getRequestURI().substring(http.getContextPath().length()).startsWith(WALLET);
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return cause.getMessage();
            }
        }
        return failure.getMessage();
    }

    private static Map<String, Object> wallet(String detail) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", "invalid_request");
        error.put("error_description", detail);
        return error;
    }

    /** The OAuth error body of a wallet endpoint. */
    static String walletJson(String detail) {
        return write(wallet(detail));
    }

    /** A problem document with its code, for answers written before Spring MVC is reached. */
    static String problemJson(int status, String code, String detail) {
        return write(Problems.members(status, code, detail));
    }

    private static String write(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
