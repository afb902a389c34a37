package eu.credentialgateway;

import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why an input failed, read from the exchange the error handler hands over: the step that threw, and the
 * {@link GatewayException}'s rejection and findings, or, for any other exception, one finding {@code internal-error}
 * that names only the exception's class. Its message and stack trace are left out: they may quote the input.
 *
 * @param step the step that failed ({@link GatewayHeaders#FAILED_STEP}); {@link Step#INGEST} when the failure came
 *             from outside any step (the route itself)
 */
public record Failure(Step step, Rejection rejection, List<Finding> findings) {
    private static final Logger LOG = LoggerFactory.getLogger(Failure.class);
    /** Code of the one finding made for an exception that is not a {@link GatewayException}. */
    public static final String INTERNAL_ERROR = "internal-error";

    public Failure {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(rejection, "rejection");
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a failure needs at least one finding");
        }
    }

    /** The failure behind {@link Exchange#EXCEPTION_CAUGHT} (or the exchange's own exception). */
    public static Failure of(Exchange exchange) {
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (caught == null) {
            caught = exchange.getException();
        }
        Step step = exchange.getProperty(GatewayHeaders.FAILED_STEP, Step.class);
        return of(caught, step == null ? Step.INGEST : step);
    }

    /** The failure behind {@code caught}, thrown by {@code step}. */
    static Failure of(Throwable caught, Step step) {
        for (Throwable cause = caught; cause != null; cause = cause.getCause()) {
            if (cause instanceof GatewayException rejected) {
                return new Failure(step, rejected.rejection(), rejected.findings());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (caught != null) {
            // an internal error is a defect of ours: its classes and frames go to the log for a developer; the
            // messages stay out, since a parser's message can quote the document
            LOG.warn("internal error ({}): {}", step.id(), StackShape.of(caught));
        }
        String message = caught == null
                ? "quarantined without a recorded exception"
                : "unexpected " + rootOf(caught).getClass().getName();
        return new Failure(step, Rejection.INVALID, List.of(new Finding(step.stage(), INTERNAL_ERROR, message, "")));
    }

    private static Throwable rootOf(Throwable caught) {
        Throwable root = caught;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
