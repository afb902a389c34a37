package eu.credentialgateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The gateway's RFC 9457 problem documents, built one way everywhere: type {@code urn:credential-gateway:problem:<code>},
 * the status's reason as title, and the same {@code code} member, so a client can switch on one field whatever answered.
 */
public final class Problems {
    /** The namespace of every problem type. */
    public static final String TYPE_BASE = "urn:credential-gateway:problem:";

    private Problems() {
    }

    /** The type URI of {@code code}. */
    public static URI type(String code) {
        return URI.create(TYPE_BASE + code);
    }

    /** A problem with {@code status}, {@code code} and {@code detail} (no personal data: name the field, not its value). */
    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    /** The same problem as an {@code application/problem+json} answer. */
    public static ResponseEntity<ProblemDetail> answer(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(of(status, code, detail));
    }

    /** The same members as a map, for answers written before Spring MVC is reached (filters, error pages). */
    public static Map<String, Object> members(int status, String code, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + code);
        problem.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        return problem;
    }
}
