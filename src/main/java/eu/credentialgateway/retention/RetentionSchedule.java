package eu.credentialgateway.retention;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link RetentionPurge} every {@code gateway.retention.interval}, the first time one interval after start,
 * on one daemon thread of its own (a slow purge delays the next, never overlaps it). A plain scheduled executor
 * rather than {@code @EnableScheduling}: turning that on would schedule every {@code @Scheduled} method of every
 * library on the classpath, and the interval here is a {@link java.time.Duration} setting like the others.
 */
@Component
class RetentionSchedule implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionPurge purge;
    private final RetentionProperties settings;
    private ScheduledExecutorService executor;

    RetentionSchedule(RetentionPurge purge, RetentionProperties settings) {
        this.purge = purge;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "retention-purge");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.interval().toMillis();
        executor.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            purge.run();
        } catch (RuntimeException e) {
            // an exception would end the schedule: log it (its class only) and try again next time
            LOG.warn("retention purge failed ({})", e.getClass().getName());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
