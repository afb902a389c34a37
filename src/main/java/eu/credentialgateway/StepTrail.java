package eu.credentialgateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;

/**
 * The steps an input went through, in order: every {@code gateway:<step>} endpoint appends one {@link Run} when its
 * step ends (passed or failed), and the record stage puts the trail on the input's receipt. It travels in the exchange
 * property {@link GatewayHeaders#STEPS} as an immutable list (replaced, never changed), so the rows a batch splits
 * off may share their parent's trail safely. The record step itself is not traced.
 */
public final class StepTrail {
    private StepTrail() {
    }

    /**
     * One run of a step.
     *
     * @param step        the endpoint's step
     * @param passed      false when it threw (the input then went to quarantine)
     * @param startedAt   when it started
     * @param durationUs  how long it took, microseconds
     * @param notesBefore how many notes ({@link Notes}) the input had when the step started: the notes from this index up
     *                    to {@code notesAfter} are the step's
     * @param notesAfter  how many notes it had when the step ended
     */
    public record Run(Step step, boolean passed, Instant startedAt, long durationUs, int notesBefore, int notesAfter) {
        public Run {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    private static final ExchangeList<Run> STEPS = new ExchangeList<>(GatewayHeaders.STEPS, Run.class);

    /** Appends {@code step} to the input's trail. */
    public static void add(Exchange exchange, Run step) {
        STEPS.addAll(exchange, List.of(step));
    }

    /** The input's trail so far, oldest first. */
    public static List<Run> of(Exchange exchange) {
        return STEPS.of(exchange);
    }
}
