package eu.credentialgateway.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code action_log} table (V24): who did what, when, to which object. Actors are API key ids or token subjects;
 * objects are identifiers; details hold codes and identifiers only, never a learner's data, a key, a code or a PIN.
 */
@Component
public class ActionLog {
    private static final int DETAIL_MAX = 500;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ActionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** One recorded action. */
    public record Action(UUID id, Instant at, String actor, String action, String objectType, String objectId, String detail) {
    }

    /** The filters of a listing; null: any. */
    public record Filter(String actor, String action, String objectId, Instant from, Instant to, int limit) {
    }

    /** Records an action of the current request's caller. */
    public void record(String action, String objectType, String objectId, String detail) {
        record(Caller.currentActor(), action, objectType, objectId, detail);
    }

    /** Records an action of the given actor. */
    public void record(String actor, String action, String objectType, String objectId, String detail) {
        String bounded = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        jdbc.sql("INSERT INTO action_log (action_id, at, actor, action, object_type, object_id, detail)"
                        + " VALUES (:id, :at, :actor, :action, :type, :object, :detail)")
                .param("id", UUID.randomUUID()).param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actor", actor).param("action", action).param("type", objectType).param("object", objectId)
                .param("detail", bounded).update();
    }

    /** The actions that pass the filter, newest first. */
    public List<Action> list(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT action_id, at, actor, action, object_type, object_id, detail FROM action_log WHERE 1 = 1");
        if (filter.actor() != null) {
            sql.append(" AND actor = :actor");
        }
        if (filter.action() != null) {
            sql.append(" AND action = :action");
        }
        if (filter.objectId() != null) {
            sql.append(" AND object_id = :object");
        }
        if (filter.from() != null) {
            sql.append(" AND at >= :from");
        }
        if (filter.to() != null) {
            sql.append(" AND at < :to");
        }
        sql.append(" ORDER BY at DESC, action_id FETCH FIRST ").append(filter.limit()).append(" ROWS ONLY");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
        if (filter.actor() != null) {
            statement = statement.param("actor", filter.actor());
        }
        if (filter.action() != null) {
            statement = statement.param("action", filter.action());
        }
        if (filter.objectId() != null) {
            statement = statement.param("object", filter.objectId());
        }
        if (filter.from() != null) {
            statement = statement.param("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            statement = statement.param("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        return statement.query(ActionLog::action).list();
    }

    private static Action action(ResultSet row, int n) throws SQLException {
        return new Action(row.getObject("action_id", UUID.class), row.getObject("at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("action"), row.getString("object_type"), row.getString("object_id"),
                row.getString("detail"));
    }
}
