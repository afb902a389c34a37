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
    StoredBodyPurge bodies;
    JdbcClient jdbc;
    TransactionTemplate transactions;

    abstract DataSource dataSource();

    @BeforeEach
    void migrate() {
        DataSource dataSource = dataSource();
        MigratedDatabase.reset(dataSource);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        store = new DeliveryStore(jdbc, transactions, clock);
        ledger = new DeliveryLedger(jdbc);
        bodies = new StoredBodyPurge(jdbc, transactions, clock);
        this.jdbc = jdbc;
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

    /** Delivers every due task now (one claim, every task delivered). */
    void deliverAllDue() {
        for (ClaimedTask task : store.claim("me", 100, LEASE)) {
            store.finish(task, "me", AttemptResult.delivered());
        }
    }

    String body(String credentialId) {
        return jdbc.sql("SELECT body FROM delivery_credential WHERE credential_id = :id").param("id", credentialId).query(String.class).single();
    }

    @Test
    void theBodyGoesOnlyWhenEveryTaskWasDeliveredBeforeTheCutoffAndTheDeliveriesStay() {
        StoredCredential delivered = credential(UUID.randomUUID());
        StoredCredential halfDelivered = credential(UUID.randomUUID());
        store.store(delivered, List.of("outbox", "kafka"));
        store.store(halfDelivered, List.of("outbox"));
        deliverAllDue();
        store.store(halfDelivered, List.of("outbox", "registry"));
        clock.advance(Duration.ofDays(1));
        StoredCredential deliveredLater = credential(UUID.randomUUID());
        store.store(deliveredLater, List.of("outbox"));
        deliverAllDue();
        // halfDelivered's registry task was delivered now too: only "delivered" was delivered entirely a day ago
        Instant cutoff = clock.now.minus(Duration.ofHours(1));

        assertThat(bodies.deliveredBefore(cutoff)).isEqualTo(1);

        assertThat(body(delivered.credentialId())).isEmpty();
        assertThat(store.credential(delivered.credentialId()).orElseThrow().jwt()).isNull();
        assertThat(body(halfDelivered.credentialId())).isEqualTo(halfDelivered.body());
        assertThat(body(deliveredLater.credentialId())).isEqualTo(deliveredLater.body());
        assertThat(ledger.deliveriesFor(delivered.inputId())).extracting(Delivery::state)
                .containsExactly(DeliveryState.DELIVERED, DeliveryState.DELIVERED);
        assertThat(bodies.deliveredBefore(cutoff)).as("once only").isZero();
    }

    @Test
    void aPendingOrGivenUpTaskKeepsTheBody() {
        StoredCredential pending = credential(UUID.randomUUID());
        store.store(pending, List.of("registry"));
        StoredCredential givenUp = credential(UUID.randomUUID());
        store.store(givenUp, List.of("webhook"));
        for (ClaimedTask task : store.claim("me", 10, LEASE)) {
            if (task.credentialId().equals(givenUp.credentialId())) {
                store.finish(task, "me", new AttemptResult(DeliveryState.GIVEN_UP, null, 400, "http-400"));
            }
        }
        clock.advance(Duration.ofDays(60));

        assertThat(bodies.deliveredBefore(clock.now)).isZero();
        assertThat(body(pending.credentialId())).isEqualTo(pending.body());
        assertThat(body(givenUp.credentialId())).isEqualTo(givenUp.body());
    }

    @Test
    void storingAPurgedCredentialAgainPutsItsBodyBackForTheNewTask() {
        StoredCredential credential = new StoredCredential("urn:uuid:" + UUID.randomUUID(), UUID.randomUUID(), "elmo", null, "{\"a\":1}",
                "eyJ.jwt.form", "application/ld+json");
        store.store(credential, List.of("outbox"));
        deliverAllDue();
        clock.advance(Duration.ofDays(31));
        assertThat(bodies.deliveredBefore(clock.now.minus(Duration.ofDays(30)))).isEqualTo(1);

        store.store(credential, List.of("outbox", "registry"));

        StoredCredential back = store.credential(credential.credentialId()).orElseThrow();
        assertThat(back.body()).isEqualTo(credential.body());
        assertThat(back.jwt()).isEqualTo(credential.jwt());
        assertThat(bodies.deliveredBefore(clock.now)).as("the registry task is pending").isZero();
    }

    @Test
    void aTaskAddedWhileThePurgeRunsKeepsTheBody() throws Exception {
        StoredCredential credential = credential(UUID.randomUUID());
        store.store(credential, List.of("outbox"));
        deliverAllDue();
        clock.advance(Duration.ofDays(31));
        java.util.concurrent.CountDownLatch added = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // the deliver stage adds a task in a transaction that is still open when the purge starts
            Future<?> storing = pool.submit(() -> transactions.executeWithoutResult(status -> {
                store.store(credential, List.of("outbox", "kafka"));
                added.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            added.await();
            Future<Integer> purging = pool.submit(() -> bodies.deliveredBefore(clock.now.minus(Duration.ofDays(30))));
            Thread.sleep(300); // let the purge reach the row the open transaction holds
            commit.countDown();
            storing.get();
            assertThat(purging.get()).isZero();
        } finally {
            pool.shutdownNow();
        }
        assertThat(body(credential.credentialId())).isEqualTo(credential.body());
    }

    @Test
    void twoInstancesPurgingAtOnceRemoveEachBodyOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            store.store(credential(null), List.of("outbox"));
        }
        deliverAllDue();
        clock.advance(Duration.ofDays(31));
        Instant cutoff = clock.now.minus(Duration.ofDays(30));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = pool.submit(() -> bodies.deliveredBefore(cutoff));
            Future<Integer> two = pool.submit(() -> bodies.deliveredBefore(cutoff));
            assertThat(one.get() + two.get()).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_credential WHERE body = '' AND body_purged_at IS NOT NULL")
                .query(Long.class).single()).isEqualTo(40);
    }
}
