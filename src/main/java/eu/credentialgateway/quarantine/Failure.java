package eu.credentialgateway.quarantine;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why an input failed, read from the exchange the error handler hands over: the {@link GatewayException}'s
 * rejection and findings, or, for any other exception, one finding {@code internal-error} that names
 * only the exception's class. Its message and stack trace are left out: they may quote the input.
 */
public record Failure(Rejection rejection, List<Finding> findings) {
    private static final Logger LOG = LoggerFactory.getLogger(Failure.class);
    /** Code of the one finding made for an exception that is not a {@link GatewayException}. */
    public static final String INTERNAL_ERROR = "internal-error";

    public Failure {
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
        Stage stage = failedStage(exchange.getProperty(Exchange.FAILURE_ENDPOINT, String.class));
        return of(caught, stage);
    }

    /** The failure behind {@code caught}; {@code stage} is the one to blame when it is not a GatewayException. */
    static Failure of(Throwable caught, Stage stage) {
        for (Throwable cause = caught; cause != null; cause = cause.getCause()) {
            if (cause instanceof GatewayException rejected) {
                return new Failure(rejected.rejection(), rejected.findings());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (caught != null) {
            // an internal error is a defect of ours: its classes and frames go to the log for a developer; the
            // messages stay out, since a parser's message can quote the document
            LOG.warn("internal error ({}): {}", stage.id(), StackShape.of(caught));
        }
        String message = caught == null
                ? "quarantined without a recorded exception"
                : "unexpected " + rootOf(caught).getClass().getName();
        return new Failure(Rejection.INVALID, List.of(new Finding(stage, INTERNAL_ERROR, message, "")));
    }

    /** The stage of a {@code gateway:<step>} endpoint URI; ingest when the failure came from elsewhere. */
    static Stage failedStage(String endpointUri) {
        if (endpointUri != null && endpointUri.startsWith("gateway:")) {
            String step = endpointUri.substring("gateway:".length()).replaceFirst("^/+", "");
            int end = step.length();
            for (char stop : new char[] {'?', '/'}) {
                int at = step.indexOf(stop);
                end = at >= 0 ? Math.min(end, at) : end;
            }
            String name = step.substring(0, end).toUpperCase(Locale.ROOT);
            for (Stage stage : Stage.values()) {
                if (stage.name().equals(name)) {
                    return stage;
                }
            }
        }
        return Stage.INGEST;
    }

    private static Throwable rootOf(Throwable caught) {
        Throwable root = caught;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
