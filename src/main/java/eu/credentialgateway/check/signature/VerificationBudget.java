package eu.credentialgateway.check.signature;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A time budget per signature verification ({@code gateway.check.signature-time-budget}). The work runs on a daemon
 * thread (a verification over budget never blocks shutdown) and is interrupted when the budget is spent; the
 * verifier checks for the interrupt between references and signatures, so it stops at the next one. The work that
 * cannot be interrupted (canonicalising and digesting one reference) is linear in the document's size, since
 * {@link SealTransforms} refuses sender-chosen XPath and XSLT before anything is evaluated.
 */
final class VerificationBudget {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "signature-check-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final Duration budget;

    VerificationBudget(Duration budget) {
        this.budget = budget;
    }

    /** Thrown when the budget is spent: the work was interrupted. */
    static final class Exceeded extends Exception {
        private static final long serialVersionUID = 1L;

        Exceeded(Duration budget) {
            super("over the time budget of " + budget.toMillis() + " ms");
        }
    }

    /** Runs {@code work} within the budget; its runtime exceptions pass through unchanged. */
    <T> T run(Callable<T> work) throws Exceeded {
        Future<T> future = WORKERS.submit(work);
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Exceeded(budget);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while verifying a signature");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Called by the work between units: stops it once it was interrupted. */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("signature verification stopped: over its time budget");
        }
    }
}
