package eu.credentialgateway.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.MigratedDatabase;
import eu.credentialgateway.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox tables' behaviour, run against H2 ({@link DeliveryStoreH2Test}) and PostgreSQL ({@link DeliveryStorePostgresTest}). */
abstract class DeliveryStoreContract {
    static final Duration LEASE = Duration.ofSeconds(30);

    MovableClock clock = new MovableClock();
    DeliveryStore store;
    DeliveryLedger ledger;

    abstract DataSource dataSource();

    @BeforeEach
    void migrate() {
        DataSource dataSource = dataSource();
        MigratedDatabase.reset(dataSource);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        store = new DeliveryStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), clock);
        ledger = new DeliveryLedger(jdbc);
    }

    static StoredCredential credential(UUID inputId) {
        String id = "urn:uuid:" + UUID.randomUUID();
        return new StoredCredential(id, inputId, "elmo", null, "{\"id\":\"" + id + "\"}", null);
    }

    @Test
    void storesTheCredentialAndOnePendingTaskPerTarget() {
        UUID input = UUID.randomUUID();
        List<UUID> ids = store.store(credential(input), List.of("outbox", "registry"));

        assertThat(ledger.deliveriesFor(input)).extracting(Delivery::target, Delivery::state, Delivery::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("outbox", DeliveryState.PENDING, 0),
                        org.assertj.core.groups.Tuple.tuple("registry", DeliveryState.PENDING, 0));
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void storingTheSameCredentialAgainAddsNoSecondTask() {
        StoredCredential credential = credential(UUID.randomUUID());
        List<UUID> first = store.store(credential, List.of("outbox"));
        List<UUID> again = store.store(credential, List.of("outbox", "kafka"));

        assertThat(again.get(0)).isEqualTo(first.get(0));
        assertThat(ledger.deliveriesFor(credential.inputId())).hasSize(2);
    }

    @Test
    void twoOwnersNeverClaimTheSameTask() throws Exception {
        for (int i = 0; i < 60; i++) {
            store.store(credential(null), List.of("outbox"));
        }
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        List<UUID> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<List<ClaimedTask>>> claimers = new ArrayList<>();
            for (int owner = 0; owner < 3; owner++) {
                String name = "owner-" + owner;
                claimers.add(() -> {
                    List<ClaimedTask> mine = new ArrayList<>();
                    for (int round = 0; round < 10; round++) {
                        mine.addAll(store.claim(name, 7, LEASE));
                    }
                    return mine;
                });
            }
            for (Future<List<ClaimedTask>> result : pool.invokeAll(claimers)) {
                for (ClaimedTask task : result.get()) {
                    all.add(task.taskId());
                    seen.add(task.taskId());
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(all).hasSize(60).hasSameSizeAs(seen);
    }

    @Test
    void aLeaseThatOutlivesItsHolderIsClaimedAgainAsResumed() {
        UUID input = UUID.randomUUID();
        store.store(credential(input), List.of("registry"));
        ClaimedTask first = store.claim("crashed", 10, LEASE).get(0);
        assertThat(first.resumed()).isFalse();
        assertThat(store.claim("other", 10, LEASE)).isEmpty();

        clock.now = clock.now.plus(LEASE).plusSeconds(1);
        ClaimedTask again = store.claim("other", 10, LEASE).get(0);

        assertThat(again.taskId()).isEqualTo(first.taskId());
        assertThat(again.resumed()).isTrue();
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(ledger.attemptsFor(input)).extracting(DeliveryAttempt::attempt, DeliveryAttempt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "interrupted"));
        assertThat(store.finish(first, "crashed", AttemptResult.delivered())).as("the old holder lost the lease").isFalse();
    }

    @Test
    void finishingRecordsStateAndAttemptTogether() {
        UUID input = UUID.randomUUID();
        store.store(credential(input), List.of("registry"));
        ClaimedTask task = store.claim("me", 10, LEASE).get(0);
        Instant next = clock.now.plusSeconds(5);
        assertThat(store.finish(task, "me", new AttemptResult(DeliveryState.FAILED_RETRYING, next, 503, "http-503: HTTP 503"))).isTrue();

        Delivery delivery = ledger.find(task.taskId()).orElseThrow();
        assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED_RETRYING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(next);
        assertThat(delivery.lastStatus()).isEqualTo(503);
        assertThat(store.claim("me", 10, LEASE)).as("not due yet").isEmpty();

        clock.now = next;
        ClaimedTask retry = store.claim("me", 10, LEASE).get(0);
        store.finish(retry, "me", AttemptResult.delivered());
        assertThat(ledger.find(task.taskId()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(ledger.attemptsFor(input)).extracting(DeliveryAttempt::outcome).containsExactly("failed-retrying", "delivered");
        assertThat(store.claim("me", 10, LEASE)).isEmpty();
    }

    @Test
    void anOperatorReArmsAGivenUpTaskWithAFreshBudget() {
        store.store(credential(null), List.of("registry"));
        ClaimedTask task = store.claim("me", 10, LEASE).get(0);
        store.finish(task, "me", new AttemptResult(DeliveryState.GIVEN_UP, null, 400, "http-400"));

        assertThat(store.rearm(task.taskId())).isTrue();
        ClaimedTask again = store.claim("me", 10, LEASE).get(0);
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(again.attemptsInBudget()).isEqualTo(1);
        store.finish(again, "me", AttemptResult.delivered());
        assertThat(store.rearm(task.taskId())).as("a delivered task stays delivered").isFalse();
        assertThat(ledger.countByState("registry").get(DeliveryState.DELIVERED)).isEqualTo(1);
    }

    @Test
    void anAwaitedTaskStaysPendingUntilItsRecipientFetchesItThenIsDeliveredOnce() {
        store.store(credential(null), List.of("wallet"));
        ClaimedTask task = store.claim("me", 10, LEASE).get(0);
        Instant until = clock.now.plus(Duration.ofDays(14));
        assertThat(store.finish(task, "me", new AttemptResult(DeliveryState.PENDING, until, null, null))).isTrue();
        assertThat(store.claim("me", 10, LEASE)).as("waiting, not due").isEmpty();
        assertThat(ledger.find(task.taskId()).orElseThrow().nextAttemptAt()).isEqualTo(until);

        assertThat(store.settleAwaited(task.taskId(), 200)).isTrue();
        assertThat(store.settleAwaited(task.taskId(), 200)).as("a second fetch records nothing").isFalse();
        Delivery delivered = ledger.find(task.taskId()).orElseThrow();
        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.deliveredAt()).isEqualTo(clock.now);
        assertThat(ledger.attempts(task.taskId())).extracting(DeliveryAttempt::outcome).containsExactly("pending", "delivered");
    }
}
