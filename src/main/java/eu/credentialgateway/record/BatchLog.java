package eu.credentialgateway.record;

import eu.credentialgateway.BatchRegister;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Batches (CSV files, XLSX workbooks split row by row): table {@code input_batch} (Flyway V22) knows when a batch was
 * opened and when its last row was done; its inputs are the audit rows with its {@code batch_id} (each with its
 * {@code batch_row}). Ingest calls {@link #started} when it opens a file and {@link #finished} when the split is over
 * (also when the file failed as a whole). Both are idempotent.
 */
@Component
public class BatchLog implements BatchRegister {
    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    public BatchLog(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    BatchLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One batch: when it started and (null while rows are still read) finished. */
    public record Batch(UUID batchId, String format, String source, Instant startedAt, Instant finishedAt) {
    }

    /** One quarantined input of a batch: its row (null for the file as a whole) and first error. */
    public record Quarantined(UUID inputId, Integer row, String errorStage, String errorCode) {
    }

    /** Records that a batch file was opened; again for the same id changes nothing. */
    @Override
    public void started(UUID batchId, String format, String source) {
        try {
            jdbc.sql("INSERT INTO input_batch (batch_id, format, source, started_at) SELECT :id, :format, :source, :now"
                            + " WHERE NOT EXISTS (SELECT 1 FROM input_batch WHERE batch_id = :id)")
                    .param("id", batchId).param("format", ErrorSummary.clip(format, 64)).param("source", ErrorSummary.clip(source, 32))
                    .param("now", timestamp(clock.instant()))
                    .update();
        } catch (DuplicateKeyException raced) {
            // recorded by another thread a moment ago
        }
    }

    /** Records that the batch's rows are all done (the first call counts). */
    @Override
    public void finished(UUID batchId) {
        jdbc.sql("UPDATE input_batch SET finished_at = :now WHERE batch_id = :id AND finished_at IS NULL")
                .param("now", timestamp(clock.instant())).param("id", batchId)
                .update();
    }

    /** The batch, or empty when no batch has this id. */
    public Optional<Batch> find(UUID batchId) {
        return jdbc.sql("SELECT batch_id, format, source, started_at, finished_at FROM input_batch WHERE batch_id = :id")
                .param("id", batchId)
                .query((r, n) -> new Batch(r.getObject("batch_id", UUID.class), r.getString("format"), r.getString("source"),
                        instant(r, "started_at"), instant(r, "finished_at")))
                .optional();
    }

    /** How many of the batch's inputs have each outcome (only outcomes present). */
    public Map<Outcome, Long> countByOutcome(UUID batchId) {
        Map<Outcome, Long> counts = new java.util.EnumMap<>(Outcome.class);
        jdbc.sql("SELECT outcome, COUNT(*) AS n FROM audit_entry WHERE batch_id = :id GROUP BY outcome")
                .param("id", batchId)
                .query(row -> {
                    counts.put(Outcome.fromId(row.getString("outcome")), row.getLong("n"));
                });
        return counts;
    }

    /** When the batch's last input finished, or null when none has. */
    public Instant lastFinished(UUID batchId) {
        List<Instant> last = jdbc.sql("SELECT MAX(finished_at) AS last_at FROM audit_entry WHERE batch_id = :id")
                .param("id", batchId).query((r, n) -> instant(r, "last_at")).list();
        return last.isEmpty() ? null : last.get(0);
    }

    /** The batch's quarantined inputs, in row order (the file as a whole first). */
    public List<Quarantined> quarantined(UUID batchId) {
        return jdbc.sql("SELECT input_id, batch_row, error_stage, error_code FROM audit_entry WHERE batch_id = :id"
                        + " AND outcome = 'quarantined' ORDER BY batch_row NULLS FIRST, received_at")
                .param("id", batchId)
                .query((r, n) -> new Quarantined(r.getObject("input_id", UUID.class), r.getObject("batch_row", Integer.class),
                        r.getString("error_stage"), r.getString("error_code")))
                .list();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
