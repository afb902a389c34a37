package eu.credentialgateway.app.camel;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Step;
import java.util.List;

/**
 * A step that ran out of memory or stack while converting one input, as the exception its route quarantines: one
 * finding {@code internal-error} naming the step and the error's class, no stack and no message (either may quote the
 * input). Only for {@link OutOfMemoryError} and {@link StackOverflowError}: the allocation or the recursion that failed
 * belonged to this input and is unreachable once the error unwinds, so the JVM can go on with the next one. Other
 * {@link Error}s are left to propagate.
 */
public final class StageError extends GatewayException {
    private static final long serialVersionUID = 1L;
    /** The finding code, the same as the quarantine's for any unexpected failure. */
    public static final String CODE = "internal-error";

    private StageError(List<Finding> findings) {
        super(Rejection.INVALID, findings);
    }

    static StageError of(Step step, VirtualMachineError error) {
        String what = error instanceof OutOfMemoryError ? "ran out of memory" : "ran out of stack (nesting too deep)";
        return new StageError(List.of(new Finding(step.stage(), CODE, "the " + step.id() + " step " + what + " ("
                + error.getClass().getSimpleName() + ") on this document; it is kept in quarantine", "")));
    }


    /** No stack: the failure is the input's, and its trace would only fill the log. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
