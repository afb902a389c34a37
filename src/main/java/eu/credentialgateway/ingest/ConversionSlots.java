package eu.credentialgateway.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bound on conversions in flight ({@code gateway.ingest.max-in-flight}), shared by {@code POST /api/v1/conversions},
 * {@code POST /api/v1/verifications} and the inbox routes: HTTP takes a slot without waiting (none free: 503
 * {@code overloaded}), an inbox route waits for one ({@link InboxPacing}). A batch holds one slot, as its rows run one
 * after another. Meters: gauge {@code gateway.conversions.in.flight}, counter {@code gateway.conversions.refused}
 * (tag {@code reason}: {@code overloaded} or {@code not-ready}).
 */
@Component
public class ConversionSlots {
    private final int limit;
    private final Semaphore slots;
    private final Counter overloaded;
    private final Counter notReady;

    @Autowired
    public ConversionSlots(IngestProperties properties, ObjectProvider<MeterRegistry> meters) {
        this(properties.inFlightLimit(), meters.getIfAvailable());
    }

    /** @param meters where the gauge and counter go, or null */
    public ConversionSlots(int limit, MeterRegistry meters) {
        this.limit = limit;
        this.slots = new Semaphore(limit, true);
        if (meters != null) {
            Gauge.builder("gateway.conversions.in.flight", this, ConversionSlots::inFlight)
                    .description("Conversions and verifications running now (HTTP and inboxes)").register(meters);
            overloaded = refusals(meters, "overloaded");
            notReady = refusals(meters, "not-ready");
        } else {
            overloaded = null;
            notReady = null;
        }
    }

    private static Counter refusals(MeterRegistry meters, String reason) {
        return Counter.builder("gateway.conversions.refused").description("Requests answered 503 before any conversion")
                .tag("reason", reason).register(meters);
    }

    /** A slot if one is free now; false (and the refusal counted) when all are taken. */
    public boolean tryTake() {
        if (slots.tryAcquire()) {
            return true;
        }
        if (overloaded != null) {
            overloaded.increment();
        }
        return false;
    }

    /** Waits for a slot (inbox routes: they consume at the pace the pipeline allows). */
    public void take() throws InterruptedException {
        slots.acquire();
    }

    /** Gives back a slot taken with {@link #tryTake()} or {@link #take()}. */
    public void give() {
        slots.release();
    }

    /** Counts a request refused because the pipeline is not started. */
    public void refusedNotReady() {
        if (notReady != null) {
            notReady.increment();
        }
    }

    public int limit() {
        return limit;
    }

    public int inFlight() {
        return limit - slots.availablePermits();
    }
}
