package eu.credentialgateway.record;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.AlignmentDecision.Decision;
import eu.credentialgateway.AlignmentDecision.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alignment decisions of every input, on its receipt: table {@code alignment_decision} (Flyway migration V2), one
 * row per decision in the order the align stage took them. Recording an input again replaces its rows, so a repeated
 * record step leaves one set. Texts are clipped to their column; candidates live with the review item.
 */
@Component
public class AlignmentLog {
    private static final String COLUMNS = "seq, kind, subject, property, text, lang, target_uri, score, decision, reason, source, review_id, recorded_at";
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    public AlignmentLog(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, Clock.systemUTC());
    }

    AlignmentLog(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One stored decision: its place in the input's list and when it was recorded. */
    public record Recorded(int seq, AlignmentDecision decision, Instant recordedAt) {
    }

    /** Stores the input's decisions in place of any stored before (the input's audit row must exist). */
    public void record(UUID inputId, List<AlignmentDecision> decisions) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        SqlParameterSource[] rows = new SqlParameterSource[decisions.size()];
        for (int i = 0; i < rows.length; i++) {
            AlignmentDecision d = decisions.get(i);
            rows[i] = new MapSqlParameterSource().addValue("id", inputId).addValue("seq", i + 1).addValue("kind", d.kind().id())
                    .addValue("subject", ErrorSummary.clip(d.subject(), 1000)).addValue("property", ErrorSummary.clip(d.property(), 1000))
                    .addValue("text", ErrorSummary.clip(d.text(), 2000)).addValue("lang", ErrorSummary.clip(d.lang(), 16))
                    .addValue("target", ErrorSummary.clip(d.target(), 1000)).addValue("score", d.score())
                    .addValue("decision", d.decision().id()).addValue("reason", ErrorSummary.clip(d.reason(), 64))
                    .addValue("source", ErrorSummary.clip(d.source(), 16)).addValue("review", d.reviewId()).addValue("recorded", now);
        }
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM alignment_decision WHERE input_id = :id", Map.of("id", inputId));
            if (rows.length > 0) {
                jdbc.batchUpdate("INSERT INTO alignment_decision (input_id, " + COLUMNS + ") VALUES (:id, :seq, :kind, :subject, :property,"
                        + " :text, :lang, :target, :score, :decision, :reason, :source, :review, :recorded)", rows);
            }
        });
    }

    /** The input's decisions, in order; empty when none were recorded. */
    public List<Recorded> of(UUID inputId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alignment_decision WHERE input_id = :id ORDER BY seq",
                Map.of("id", inputId), AlignmentLog::row);
    }

    private static Recorded row(ResultSet r, int n) throws SQLException {
        double raw = r.getDouble("score");
        Double score = r.wasNull() ? null : raw;
        AlignmentDecision d = new AlignmentDecision(Kind.fromId(r.getString("kind")), r.getString("subject"), r.getString("property"),
                r.getString("text"), r.getString("lang"), r.getString("target_uri"), score,
                Decision.fromId(r.getString("decision")), r.getString("reason"), r.getString("source"), List.of(),
                r.getObject("review_id", UUID.class));
        OffsetDateTime at = r.getObject("recorded_at", OffsetDateTime.class);
        return new Recorded(r.getInt("seq"), d, at == null ? null : at.toInstant());
    }
}
