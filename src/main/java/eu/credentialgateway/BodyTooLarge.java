package eu.credentialgateway;

import java.io.IOException;

/** A request body that went past its endpoint's limit while it was read ({@code app.RequestBodyLimits} counts). */
public final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    /** The problem code of the 413 answer. */
    public static final String CODE = "too-large";

    public BodyTooLarge(long limit) {
        super("the request body is larger than " + limit + " bytes, the limit of this endpoint");
    }

    /** Whether {@code failure} or one of its causes is a body over its limit. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
