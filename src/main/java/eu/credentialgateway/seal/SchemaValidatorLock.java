package eu.credentialgateway.seal;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock around the DSS calls that reach DSS's JSON-schema validators: parsing a JAdES document
 * (validation, and the baseline-T step, which re-reads the seal it adds a timestamp to). DSS keeps one
 * schema validator per schema in static singletons that are not safe for concurrent use (measured:
 * with two threads, a third of the calls threw IllegalStateException; see PERFORMANCE-FLOORS.md).
 * Baseline-B sealing of a fresh payload does not reach them (see {@link JadesSealer}) and runs unlocked.
 */
final class SchemaValidatorLock {
    private static final ReentrantLock LOCK = new ReentrantLock();

    private SchemaValidatorLock() {
    }

    static <T> T call(Supplier<T> work) {
        LOCK.lock();
        try {
            return work.get();
        } finally {
            LOCK.unlock();
        }
    }
}
