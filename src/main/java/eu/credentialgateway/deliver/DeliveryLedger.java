package eu.credentialgateway.deliver;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public read side of delivery: where each credential stands per target and every attempt made. The input
 * receipt ({@code GET /api/v1/inputs/{id}}) takes {@link #deliveriesFor} and {@link #attemptsFor} from here;
 * operators see the same through {@code /api/v1/deliveries}. Holds no credential content.
 */
@Component
public class DeliveryLedger {
    private static final String TASK_COLUMNS = "t.task_id, t.credential_id, c.input_id, c.format, t.target, t.state, t.attempts,"
            + " t.next_attempt_at, t.last_status, t.last_error, t.created_at, t.updated_at, t.delivered_at";
    private static final String TASKS = " FROM delivery_task t JOIN delivery_credential c ON c.credential_id = t.credential_id";
    private static final String ATTEMPT_COLUMNS = "a.task_id, t.credential_id, t.target, a.attempt, a.started_at, a.finished_at,"
            + " a.outcome, a.http_status, a.error";
    private static final String ATTEMPTS = " FROM delivery_attempt a JOIN delivery_task t ON t.task_id = a.task_id";

    private final JdbcClient jdbc;

    public DeliveryLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One delivery task. */
    public Optional<Delivery> find(UUID deliveryId) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + TASKS + " WHERE t.task_id = :id")
                .param("id", deliveryId).query(DeliveryLedger::delivery).optional();
    }

    /** The tasks of the credential made from one input, one per target. */
    public List<Delivery> deliveriesFor(UUID inputId) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + TASKS + " WHERE c.input_id = :input ORDER BY t.target")
                .param("input", inputId).query(DeliveryLedger::delivery).list();
    }

    /** Every attempt to deliver the credential made from one input, per target in attempt order. */
    public List<DeliveryAttempt> attemptsFor(UUID inputId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + ATTEMPTS + " JOIN delivery_credential c ON c.credential_id = t.credential_id"
                        + " WHERE c.input_id = :input ORDER BY t.target, a.attempt")
                .param("input", inputId).query(DeliveryLedger::attempt).list();
    }

    /**
     * The tasks of one credential, one per target, whichever input stored it: an input converted again (the same
     * content, in any output profile) shares the first one's deliveries.
     */
    public List<Delivery> deliveriesOfCredential(String credentialId) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + TASKS + " WHERE t.credential_id = :id ORDER BY t.target")
                .param("id", credentialId).query(DeliveryLedger::delivery).list();
    }

    /** Every attempt to deliver one credential, per target in attempt order. */
    public List<DeliveryAttempt> attemptsOfCredential(String credentialId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + ATTEMPTS + " WHERE t.credential_id = :id ORDER BY t.target, a.attempt")
                .param("id", credentialId).query(DeliveryLedger::attempt).list();
    }

    /**
     * How many tasks of the credentials a batch stored are in each state, per target (target -> state -> count, every
     * state present for a target that has tasks).
     */
    public Map<String, Map<DeliveryState, Long>> countByTargetAndState(UUID batchId) {
        Map<String, Map<DeliveryState, Long>> counts = new java.util.TreeMap<>();
        jdbc.sql("SELECT t.target, t.state, COUNT(*) AS n" + TASKS + " WHERE c.batch_id = :batch GROUP BY t.target, t.state")
                .param("batch", batchId)
                .query(row -> {
                    Map<DeliveryState, Long> states = counts.computeIfAbsent(row.getString("target"), target -> {
                        Map<DeliveryState, Long> zero = new EnumMap<>(DeliveryState.class);
                        for (DeliveryState state : DeliveryState.values()) {
                            zero.put(state, 0L);
                        }
                        return zero;
                    });
                    states.put(DeliveryState.fromId(row.getString("state")), row.getLong("n"));
                });
        return counts;
    }

    /** The attempts of one task, in order. */
    public List<DeliveryAttempt> attempts(UUID deliveryId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + ATTEMPTS + " WHERE a.task_id = :id ORDER BY a.attempt")
                .param("id", deliveryId).query(DeliveryLedger::attempt).list();
    }

    /**
     * Tasks, most recently changed first.
     *
     * @param state  only this state, or null for all
     * @param target only this target, or null for all
     */
    public List<Delivery> list(DeliveryState state, String target, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + TASK_COLUMNS + TASKS + " WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (state != null) {
            sql.append(" AND t.state = ?");
            params.add(state.id());
        }
        if (target != null) {
            sql.append(" AND t.target = ?");
            params.add(target);
        }
        sql.append(" ORDER BY t.updated_at DESC, t.task_id FETCH FIRST ").append(Math.max(1, Math.min(limit, 1000))).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(DeliveryLedger::delivery).list();
    }

    /** How many tasks are in each state (every state present), for one target or (null) all. */
    public Map<DeliveryState, Long> countByState(String target) {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            counts.put(state, 0L);
        }
        String where = target == null ? "" : " WHERE target = :target";
        var statement = jdbc.sql("SELECT state, COUNT(*) AS n FROM delivery_task" + where + " GROUP BY state");
        if (target != null) {
            statement = statement.param("target", target);
        }
        statement.query(row -> {
            counts.put(DeliveryState.fromId(row.getString("state")), row.getLong("n"));
        });
        return counts;
    }

    private static Delivery delivery(ResultSet row, int n) throws SQLException {
        return new Delivery(row.getObject("task_id", UUID.class), row.getString("credential_id"),
                row.getObject("input_id", UUID.class), row.getString("format"), row.getString("target"),
                DeliveryState.fromId(row.getString("state")), row.getInt("attempts"),
                DeliveryStore.instant(row, "next_attempt_at"), row.getObject("last_status", Integer.class),
                row.getString("last_error"), DeliveryStore.instant(row, "created_at"),
                DeliveryStore.instant(row, "updated_at"), DeliveryStore.instant(row, "delivered_at"));
    }

    private static DeliveryAttempt attempt(ResultSet row, int n) throws SQLException {
        return new DeliveryAttempt(row.getObject("task_id", UUID.class), row.getString("credential_id"), row.getString("target"),
                row.getInt("attempt"), DeliveryStore.instant(row, "started_at"), DeliveryStore.instant(row, "finished_at"),
                row.getString("outcome"), row.getObject("http_status", Integer.class), row.getString("error"));
    }
}
