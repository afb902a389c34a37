package eu.credentialgateway;

/** Why an input was turned away, and the HTTP status that says so (RFC 9110). */
public enum Rejection {
    /** Well-formed request, content that cannot become a valid credential. */
    INVALID(422),
    /** Larger than the configured bound. */
    TOO_LARGE(413),
    /** No adapter knows this format. */
    UNSUPPORTED_FORMAT(415);

    private final int httpStatus;

    Rejection(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
