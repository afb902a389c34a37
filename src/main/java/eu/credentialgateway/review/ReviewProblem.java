package eu.credentialgateway.review;

import org.springframework.http.HttpStatus;

/** Why a review request cannot be done: answered as an RFC 9457 problem with this status. */
public class ReviewProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final String type;

    ReviewProblem(HttpStatus status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    public HttpStatus status() {
        return status;
    }

    /** A kebab-case name of the problem ({@code review-not-found}, {@code review-already-decided}, {@code unknown-esco-skill}). */
    public String type() {
        return type;
    }
}
