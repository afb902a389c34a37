package eu.credentialgateway.deliver;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.LogValues;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One attempt of one claimed task: sends the stored credential through {@code direct:deliver-<target>}, turns
 * what came back into the task's next state (delivered; failed-retrying with back-off; given-up on a permanent
 * refusal or when the attempts are used up), and writes state and attempt in one step. The send and that write
 * are not atomic with the target: a crash between them leaves the lease to expire and the task is sent again with
 * the same idempotency key (and the registry is asked first, see {@link RegistryTarget}).
 */
@Component
class TaskDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(TaskDelivery.class);

    private final DeliveryStore store;
    private final ProducerTemplate producer;
    private final CamelContext camel;
    private final Backoff backoff;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    @Autowired
    TaskDelivery(DeliveryStore store, ProducerTemplate producer, DeliverProperties properties, DeliveryMetrics metrics) {
        this(store, producer, new Backoff(properties.retry(), RandomGenerator.getDefault()), metrics, Clock.systemUTC());
    }

    TaskDelivery(DeliveryStore store, ProducerTemplate producer, Backoff backoff, DeliveryMetrics metrics, Clock clock) {
        this.store = store;
        this.producer = producer;
        this.camel = producer.getCamelContext();
        this.backoff = backoff;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** True once Camel runs the routes the targets live in. */
    boolean camelStarted() {
        return camel.getStatus().isStarted();
    }

    /** Makes the attempt and records it; never throws for a target's failure. */
    AttemptResult deliver(ClaimedTask task, String owner) {
        long start = System.nanoTime();
        AttemptResult result;
        Optional<StoredCredential> credential = store.credential(task.credentialId());
        if (credential.isEmpty()) {
            result = new AttemptResult(DeliveryState.GIVEN_UP, null, null, "credential-missing: the stored credential is gone");
        } else {
            Exchange exchange = new DefaultExchange(camel);
            DeliveryExchange.fill(exchange, task, credential.get());
            producer.send("direct:" + DeliveryTargets.ROUTE_PREFIX + task.target(), exchange);
            result = resultOf(task, exchange);
        }
        if (!store.finish(task, owner, result)) {
            LOG.warn("delivery {} ({}): the lease expired during the attempt; another worker owns the task now",
                    task.taskId(), task.target());
        }
        metrics.attempted(task.target(), result, System.nanoTime() - start, clock.instant());
        if (result.state() == DeliveryState.DELIVERED) {
            LOG.debug("credential {} delivered to {} (attempt {})", task.credentialId(), task.target(), task.attempt());
        } else if (result.state() == DeliveryState.PENDING) {
            LOG.info("credential {} to {}: attempt {} waits for its recipient until {}", task.credentialId(), task.target(),
                    task.attempt(), result.nextAttemptAt());
        } else {
            LOG.info("credential {} to {}: attempt {} {}: {}", task.credentialId(), task.target(), task.attempt(),
                    result.state().id(), LogValues.safe(result.error()));
        }
        return result;
    }

    AttemptResult resultOf(ClaimedTask task, Exchange exchange) {
        Throwable failure = exchange.getException();
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (failure == null) {
            Instant awaitUntil = exchange.getProperty(GatewayHeaders.DELIVERY_AWAIT_UNTIL, Instant.class);
            return awaitUntil == null ? new AttemptResult(DeliveryState.DELIVERED, null, status, null)
                    : new AttemptResult(DeliveryState.PENDING, awaitUntil, status, null);
        }
        DeliveryFailure classified = classified(failure);
        Integer httpStatus = classified.httpStatus() != null ? classified.httpStatus() : status;
        String error = classified.code() + ": " + classified.getMessage();
        if (classified.permanent()) {
            return new AttemptResult(DeliveryState.GIVEN_UP, null, httpStatus, error);
        }
        if (backoff.exhausted(task.attemptsInBudget())) {
            return new AttemptResult(DeliveryState.GIVEN_UP, null, httpStatus,
                    error + " (gave up after " + task.attemptsInBudget() + " attempts)");
        }
        Instant next = backoff.nextAttemptAt(clock.instant(), task.attemptsInBudget(), classified.retryAfter());
        return new AttemptResult(DeliveryState.FAILED_RETRYING, next, httpStatus, error);
    }

    /** The failure as a DeliveryFailure: a target's own classification, else a transient fault named by its type. */
    static DeliveryFailure classified(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeliveryFailure known) {
                return known;
            }
            if (cause instanceof HttpTimeoutException) {
                return DeliveryFailure.transientFault("timeout", "the target did not answer in time");
            }
            if (cause instanceof ConnectException) {
                return DeliveryFailure.transientFault("unreachable", "the target refused or dropped the connection");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        // the type only: a library's message may quote what it was reading, i.e. the credential
        return DeliveryFailure.transientFault("fault", failure.getClass().getSimpleName());
    }
}
