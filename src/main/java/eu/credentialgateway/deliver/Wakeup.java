package eu.credentialgateway.deliver;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Tells the dispatcher that new work was stored, so it polls now instead of at its next interval. */
@Component
class Wakeup {
    private final BlockingQueue<Boolean> signal = new ArrayBlockingQueue<>(1);

    void ring() {
        signal.offer(Boolean.TRUE);
    }

    /** Waits until rung or {@code most} has passed. */
    void await(Duration most) throws InterruptedException {
        signal.poll(most.toMillis(), TimeUnit.MILLISECONDS);
    }
}
