package eu.credentialgateway.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bound on conversions in flight, shared by {@code POST /api/v1/conversions}, {@code POST /api/v1/verifications}
 * and the inbox routes: at most {@code gateway.ingest.max-in-flight} at once, and at most
 * {@code gateway.ingest.max-bytes-in-flight} of documents among them (a conversion's heap grows with its document, so
 * the count alone would let a few large uploads exhaust the heap). HTTP takes a slot without waiting (none free: 503
 * {@code overloaded}), an inbox route waits for one ({@link InboxPacing}). A document larger than the byte budget
 * weighs the whole budget, so it runs alone. A batch holds one slot, as its rows run one after another. Meters: gauge
 * {@code gateway.conversions.in.flight}, counter {@code gateway.conversions.refused} (tag {@code reason}:
 * {@code overloaded} or {@code not-ready}).
 */
@Component
public class ConversionSlots {
    private static final long KIB = 1024;
    private final int limit;
    private final int budgetKib;
    private final Semaphore slots;
    private final Semaphore kib;
    private final Counter overloaded;
    private final Counter notReady;

    /** A slot held; {@link #close()} gives it back. */
    public final class Slot implements AutoCloseable {
        private final int weight;
        private boolean given;

        private Slot(int weight) {
            this.weight = weight;
        }

        @Override
        public synchronized void close() {
            if (!given) {
                given = true;
                kib.release(weight);
                slots.release();
            }
        }
    }

    @Autowired
    public ConversionSlots(IngestProperties properties, ObjectProvider<MeterRegistry> meters) {
        this(properties.inFlightLimit(), properties.bytesInFlightLimit(), meters.getIfAvailable());
    }

    /** @param meters where the gauge and counter go, or null */
    public ConversionSlots(int limit, long bytesInFlight, MeterRegistry meters) {
        this.limit = limit;
        this.budgetKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytesInFlight / KIB));
        this.slots = new Semaphore(limit, true);
        this.kib = new Semaphore(budgetKib, true);
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

    /**
     * A slot for a document of {@code bytes} if one is free now (and the byte budget has room); null, and the
     * refusal counted, when not.
     */
    public Slot tryTake(long bytes) {
        int weight = weightOf(bytes);
        if (slots.tryAcquire()) {
            if (kib.tryAcquire(weight)) {
                return new Slot(weight);
            }
            slots.release();
        }
        if (overloaded != null) {
            overloaded.increment();
        }
        return null;
    }

    /** Waits for a slot for a document of {@code bytes} (inbox routes: they consume at the pace the pipeline allows). */
    public Slot take(long bytes) throws InterruptedException {
        int weight = weightOf(bytes);
        slots.acquire();
        try {
            kib.acquire(weight);
        } catch (InterruptedException e) {
            slots.release();
            throw e;
        }
        return new Slot(weight);
    }

    private int weightOf(long bytes) {
        return (int) Math.max(1, Math.min(budgetKib, (bytes + KIB - 1) / KIB));
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
