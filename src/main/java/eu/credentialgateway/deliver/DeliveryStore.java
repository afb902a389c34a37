package eu.credentialgateway.deliver;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox tables' writes (V20__delivery_outbox.sql): store a credential with its tasks in one transaction,
 * claim due tasks with a lease (a conditional UPDATE, so two instances never hold the same task, on H2 as on
 * PostgreSQL), finish an attempt, re-arm a task. Reads for operators and receipts are {@link DeliveryLedger}'s.
 */
@Component
class DeliveryStore {
    static final String DUE_STATES = "('pending', 'failed-retrying')";
    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    DeliveryStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, Clock.systemUTC());
    }

    DeliveryStore(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores the credential and one pending task per target, atomically. Storing the same credential again adds
     * tasks only for targets it has none for: a task that exists (delivered, given up or on its way) is kept as
     * it is, so a repeated input never delivers twice, in whatever output profile it was converted again (the
     * credential id does not depend on the profile). The first stored body is kept; a JWT form the first had not is
     * filled in, so a registry task added later finds one. Returns the tasks' ids in the order of {@code targets}.
     */
    List<UUID> store(StoredCredential credential, List<String> targets) {
        try {
            return transactions.execute(status -> storeInTransaction(credential, targets));
        } catch (DuplicateKeyException raced) {
            // another thread stored the same credential at the same moment: its rows are there now
            return transactions.execute(status -> storeInTransaction(credential, targets));
        }
    }

    private List<UUID> storeInTransaction(StoredCredential credential, List<String> targets) {
        OffsetDateTime now = timestamp(clock.instant());
        boolean known = jdbc.sql("SELECT COUNT(*) FROM delivery_credential WHERE credential_id = :id")
                .param("id", credential.credentialId()).query(Long.class).single() > 0;
        if (!known) {
            jdbc.sql("INSERT INTO delivery_credential (credential_id, input_id, format, batch_id, body, jwt, media_type, stored_at)"
                            + " VALUES (:id, :input, :format, :batch, :body, :jwt, :media, :now)")
                    .param("id", credential.credentialId()).param("input", credential.inputId())
                    .param("format", credential.format()).param("batch", credential.batchId())
                    .param("body", credential.body()).param("jwt", credential.jwt()).param("media", credential.mediaType())
                    .param("now", now)
                    .update();
        } else {
            // Always an UPDATE, before any task is added: it locks the row, so a body purge (StoredBodyPurge) running
            // at the same time either finishes first (and the body is put back here) or waits and then sees the new
            // task. A body the retention purged comes back with this input's body and JWT form.
            jdbc.sql("UPDATE delivery_credential SET"
                            + " body = CASE WHEN body_purged_at IS NULL THEN body ELSE :body END,"
                            + " jwt = CASE WHEN body_purged_at IS NULL THEN COALESCE(jwt, :jwt) ELSE :jwt END,"
                            + " media_type = CASE WHEN body_purged_at IS NULL THEN media_type ELSE :media END,"
                            + " body_purged_at = NULL WHERE credential_id = :id")
                    .param("body", credential.body()).param("jwt", credential.jwt()).param("media", credential.mediaType())
                    .param("id", credential.credentialId())
                    .update();
        }
        List<UUID> ids = new ArrayList<>();
        for (String target : targets) {
            Optional<UUID> existing = jdbc.sql("SELECT task_id FROM delivery_task WHERE credential_id = :id AND target = :target")
                    .param("id", credential.credentialId()).param("target", target).query(UUID.class).optional();
            if (existing.isPresent()) {
                ids.add(existing.get());
                continue;
            }
            UUID taskId = UUID.randomUUID();
            jdbc.sql("INSERT INTO delivery_task (task_id, credential_id, target, state, attempts, retry_from, next_attempt_at,"
                            + " created_at, updated_at) VALUES (:task, :id, :target, 'pending', 0, 0, :now, :now, :now)")
                    .param("task", taskId).param("id", credential.credentialId()).param("target", target).param("now", now)
                    .update();
            ids.add(taskId);
        }
        return ids;
    }

    /** The stored credential, or empty. */
    Optional<StoredCredential> credential(String credentialId) {
        return jdbc.sql("SELECT credential_id, input_id, format, batch_id, body, jwt, media_type FROM delivery_credential"
                        + " WHERE credential_id = :id")
                .param("id", credentialId)
                .query((row, n) -> new StoredCredential(row.getString("credential_id"), row.getObject("input_id", UUID.class),
                        row.getString("format"), row.getObject("batch_id", UUID.class), row.getString("body"), row.getString("jwt"),
                        row.getString("media_type")))
                .optional();
    }

    /**
     * Claims at most {@code max} due tasks for {@code owner} until {@code now + lease}. A task is due when pending or
     * failed-retrying, its time has come and no live lease holds it (a lease outlives its holder only when the
     * holder died: then the task is claimed again, and marked resumed).
     */
    List<ClaimedTask> claim(String owner, int max, Duration lease) {
        Instant now = clock.instant();
        List<Candidate> candidates = jdbc.sql("SELECT task_id, credential_id, target, attempts, retry_from, attempt_started_at"
                        + " FROM delivery_task WHERE state IN " + DUE_STATES + " AND next_attempt_at <= :now"
                        + " AND (lease_until IS NULL OR lease_until < :now)"
                        + " ORDER BY next_attempt_at FETCH FIRST " + Math.max(1, max) + " ROWS ONLY")
                .param("now", timestamp(now))
                .query(DeliveryStore::candidate)
                .list();
        List<ClaimedTask> claimed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int won = jdbc.sql("UPDATE delivery_task SET lease_owner = :owner, lease_until = :until, attempts = attempts + 1,"
                            + " attempt_started_at = :now, updated_at = :now"
                            + " WHERE task_id = :task AND attempts = :seen AND state IN " + DUE_STATES
                            + " AND (lease_until IS NULL OR lease_until < :now)")
                    .param("owner", owner).param("until", timestamp(now.plus(lease))).param("now", timestamp(now))
                    .param("task", candidate.taskId()).param("seen", candidate.attempts())
                    .update();
            if (won == 1) {
                if (candidate.interruptedAt() != null) {
                    recordAttempt(candidate.taskId(), candidate.attempts(), candidate.interruptedAt(), now, "interrupted", null,
                            "the gateway stopped during this attempt; resumed after its lease expired");
                }
                claimed.add(new ClaimedTask(candidate.taskId(), candidate.credentialId(), candidate.target(),
                        candidate.attempts() + 1, candidate.retryFrom(), now, candidate.interruptedAt() != null));
            }
        }
        return claimed;
    }

    /**
     * Ends an attempt: the task's new state and the attempt's history row, in one transaction. Returns false when
     * this instance had lost the task's lease meanwhile (the state is then the new holder's to write).
     */
    boolean finish(ClaimedTask task, String owner, AttemptResult result) {
        Instant now = clock.instant();
        String error = clip(result.error());
        Boolean updated = transactions.execute(status -> {
            int rows = jdbc.sql("UPDATE delivery_task SET state = :state, next_attempt_at = :next, lease_owner = NULL,"
                            + " lease_until = NULL, attempt_started_at = NULL, last_status = :status, last_error = :error,"
                            + " updated_at = :now, delivered_at = :delivered WHERE task_id = :task AND lease_owner = :owner")
                    .param("state", result.state().id())
                    .param("next", timestamp(result.nextAttemptAt() != null ? result.nextAttemptAt() : now))
                    .param("status", result.httpStatus()).param("error", error).param("now", timestamp(now))
                    .param("delivered", result.state() == DeliveryState.DELIVERED ? timestamp(now) : null)
                    .param("task", task.taskId()).param("owner", owner)
                    .update();
            if (rows == 1) {
                recordAttempt(task.taskId(), task.attempt(), task.startedAt(), now, result.state().id(), result.httpStatus(), error);
            }
            // else: the new holder recorded this attempt as interrupted when it claimed the task
            return rows == 1;
        });
        return Boolean.TRUE.equals(updated);
    }

    /** Re-arms a given-up or failed-retrying task: pending now, with a fresh retry budget. Empty when it is neither. */
    boolean rearm(UUID taskId) {
        OffsetDateTime now = timestamp(clock.instant());
        return jdbc.sql("UPDATE delivery_task SET state = 'pending', next_attempt_at = :now, retry_from = attempts,"
                        + " updated_at = :now WHERE task_id = :task AND state IN ('given-up', 'failed-retrying')"
                        + " AND (lease_until IS NULL OR lease_until < :now)")
                .param("now", now).param("task", taskId)
                .update() == 1;
    }

    /**
     * Marks a pending task delivered because its recipient fetched the credential (see {@link AwaitedDeliveries}),
     * with an attempt row of its own. A lease a dispatcher holds on it meanwhile is voided: its finish finds no row.
     * False when the task is not pending (delivered already, given up, unknown).
     */
    boolean settleAwaited(UUID taskId, int httpStatus) {
        Instant now = clock.instant();
        Boolean settled = transactions.execute(status -> {
            int rows = jdbc.sql("UPDATE delivery_task SET state = 'delivered', attempts = attempts + 1, lease_owner = NULL,"
                            + " lease_until = NULL, attempt_started_at = NULL, last_status = :status, last_error = NULL,"
                            + " next_attempt_at = :now, updated_at = :now, delivered_at = :now WHERE task_id = :task AND state = 'pending'")
                    .param("status", httpStatus).param("now", timestamp(now)).param("task", taskId)
                    .update();
            if (rows == 1) {
                int attempt = jdbc.sql("SELECT attempts FROM delivery_task WHERE task_id = :task").param("task", taskId)
                        .query(Integer.class).single();
                recordAttempt(taskId, attempt, now, now, DeliveryState.DELIVERED.id(), httpStatus, null);
            }
            return rows == 1;
        });
        return Boolean.TRUE.equals(settled);
    }

    private void recordAttempt(UUID taskId, int attempt, Instant started, Instant finished, String outcome, Integer status,
                               String error) {
        jdbc.sql("INSERT INTO delivery_attempt (task_id, attempt, started_at, finished_at, outcome, http_status, error)"
                        + " VALUES (:task, :attempt, :started, :finished, :outcome, :status, :error)")
                .param("task", taskId).param("attempt", attempt).param("started", timestamp(started))
                .param("finished", timestamp(finished)).param("outcome", outcome).param("status", status)
                .param("error", clip(error))
                .update();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 3) + "...";
    }

    private record Candidate(UUID taskId, String credentialId, String target, int attempts, int retryFrom, Instant interruptedAt) {
    }

    private static Candidate candidate(ResultSet row, int n) throws SQLException {
        return new Candidate(row.getObject("task_id", UUID.class), row.getString("credential_id"), row.getString("target"),
                row.getInt("attempts"), row.getInt("retry_from"), instant(row, "attempt_started_at"));
    }
}
