package eu.credentialgateway.deliver;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers what the deliver stage stored: one poller thread claims due tasks (with a lease, see
 * {@link DeliveryStore#claim}) as long as workers are free, and a fixed pool of {@code workers} threads makes the
 * attempts ({@link TaskDelivery}). It polls every {@code poll-interval}, and at once when a credential was stored.
 * On start it resumes whatever is pending, retrying, or was in flight in a process that died (once that lease
 * expired). Several instances may share one database: a task is claimed by one of them at a time.
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryStore store;
    private final TaskDelivery delivery;
    private final Wakeup wakeup;
    private final DeliverProperties.Dispatch settings;
    private final String owner;
    private final Semaphore free;
    private volatile boolean running;
    private Thread poller;
    private ExecutorService workers;

    /*
     * No CamelContext here: Spring starts a SmartLifecycle's direct Lifecycle dependencies first, and starting
     * Camel that early would start it before camel-spring-boot has loaded the routes.
     */
    DeliveryDispatcher(DeliveryStore store, TaskDelivery delivery, Wakeup wakeup, DeliverProperties properties) {
        this.store = store;
        this.delivery = delivery;
        this.wakeup = wakeup;
        this.settings = properties.dispatch();
        this.owner = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
        this.free = new Semaphore(settings.workers());
    }

    @Override
    public synchronized void start() {
        if (running || !settings.enabled()) {
            return;
        }
        running = true;
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread thread = new Thread(r, "delivery-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        poller = new Thread(this::poll, "delivery-dispatcher");
        poller.setDaemon(true);
        poller.start();
        LOG.info("delivery dispatcher {} started: {} workers, lease {}", owner, settings.workers(), settings.lease());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeup.ring();
        poller.interrupt();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(settings.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Late: it starts after Camel's routes and stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    private void poll() {
        while (running) {
            try {
                if (!delivery.camelStarted()) {
                    wakeup.await(settings.pollInterval());
                    continue;
                }
                int permits = free.drainPermits();
                List<ClaimedTask> claimed = permits == 0 ? List.of() : store.claim(owner, Math.min(permits, settings.batchSize()), settings.lease());
                free.release(permits - claimed.size());
                for (ClaimedTask task : claimed) {
                    workers.execute(() -> attempt(task));
                }
                if (claimed.size() < permits || permits == 0) {
                    wakeup.await(settings.pollInterval());
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database may be unreachable for a while: keep polling, the tasks are safe in it
                LOG.warn("delivery poll failed: {}", e.toString());
                try {
                    wakeup.await(settings.pollInterval());
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void attempt(ClaimedTask task) {
        try {
            delivery.deliver(task, owner);
        } catch (RuntimeException e) {
            LOG.warn("delivery {} to {} could not be recorded: {}; it is retried when its lease expires",
                    task.taskId(), task.target(), e.toString());
        } finally {
            free.release();
            wakeup.ring();
        }
    }
}
