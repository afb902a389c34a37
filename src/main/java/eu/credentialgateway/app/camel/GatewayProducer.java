package eu.credentialgateway.app.camel;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Step;
import eu.credentialgateway.StepTrail;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultProducer;

/**
 * Puts the endpoint's options on the exchange and hands it to the step, timing it when the component has a
 * MeterRegistry: timer {@code gateway.step}, tags {@code step} (e.g. {@code profile}), {@code stage} (its
 * {@link eu.credentialgateway.Stage}, e.g. {@code serialise}) and {@code outcome} ({@code ok} or {@code failed}); its
 * count is the number of calls. A step that fails names itself on the exchange ({@link GatewayHeaders#FAILED_STEP})
 * unless a step it called already did, so the quarantine blames the step that threw. Every step but {@code record} is also traced on
 * the exchange ({@link StepTrail}: name, passed or failed, start, duration, the notes it left) for the input's receipt.
 *
 * <p>A step that runs out of memory or stack fails its input like any other failure ({@link StageError}): the
 * route's {@code onException} (which Camel does not apply to an {@link Error}) quarantines it as {@code internal-error}.
 */
class GatewayProducer extends DefaultProducer {
    private final GatewayConfiguration configuration;
    private final Processor step;
    private final Timer ok;
    private final Timer failed;
    private final boolean traced;

    GatewayProducer(GatewayEndpoint endpoint, GatewayConfiguration configuration, Processor step, MeterRegistry meters) {
        super(endpoint);
        this.configuration = configuration;
        this.step = step;
        this.ok = meters == null ? null : timer(meters, configuration.getStep(), "ok");
        this.failed = meters == null ? null : timer(meters, configuration.getStep(), "failed");
        this.traced = configuration.getStep() != Step.RECORD;
    }

    private static Timer timer(MeterRegistry meters, Step step, String outcome) {
        return Timer.builder("gateway.step").description("Pipeline steps run through gateway:<step>")
                .tag("step", step.id()).tag("stage", step.stage().id()).tag("outcome", outcome).register(meters);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (configuration.getFormat() != null) {
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, configuration.getFormat());
        }
        if (configuration.getOutcome() != null) {
            exchange.setProperty(GatewayHeaders.OUTCOME, configuration.getOutcome());
        }
        if (configuration.getTarget() != null) {
            exchange.setProperty(GatewayHeaders.TARGET, configuration.getTarget());
        }
        Instant startedAt = Instant.now();
        int notesBefore = Notes.of(exchange).size();
        long start = System.nanoTime();
        boolean succeeded = false;
        try {
            step.process(exchange);
            succeeded = exchange.getException() == null;
        } catch (OutOfMemoryError | StackOverflowError error) {
            throw StageError.of(configuration.getStep(), error);
        } finally {
            long elapsed = System.nanoTime() - start;
            if (ok != null) {
                (succeeded ? ok : failed).record(elapsed, TimeUnit.NANOSECONDS);
            }
            // not succeeded: the step threw (anything) or left an exception on the exchange
            if (!succeeded) {
                blame(exchange);
            }
            if (traced) {
                StepTrail.add(exchange, new StepTrail.Run(configuration.getStep(), succeeded, startedAt, elapsed / 1000,
                        notesBefore, Notes.of(exchange).size()));
            }
        }
    }

    /** Names this step as the one that failed, unless a step nested in it already has. */
    private void blame(Exchange exchange) {
        if (exchange.getProperty(GatewayHeaders.FAILED_STEP) == null) {
            exchange.setProperty(GatewayHeaders.FAILED_STEP, configuration.getStep());
        }
    }
}
