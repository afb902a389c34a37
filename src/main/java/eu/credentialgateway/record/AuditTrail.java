package eu.credentialgateway.record;

import eu.credentialgateway.ConversionHistory;
import eu.credentialgateway.Finding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail: one row per input in table {@code audit_entry} (Flyway migrations in
 * {@code db/migration}), in whatever database {@code spring.datasource.*} names. Every write is
 * idempotent and safe to repeat: an input that is finished without a received row gets one.
 * It stores identifiers, the content hash and finding codes, never the input's content.
 */
@Component
public class AuditTrail implements ConversionHistory {
    private static final String COLUMNS = "input_id, content_hash, format, source, received_at, finished_at, outcome,"
            + " credential_id, error_stage, error_code, error_summary, duplicate_of, batch_id, batch_row, submitted_by";

    private final JdbcClient jdbc;
    private final int summaryLength;
    private final Clock clock;

    @Autowired
    public AuditTrail(JdbcClient jdbc, RecordProperties properties) {
        this(jdbc, properties, Clock.systemUTC());
    }

    AuditTrail(JdbcClient jdbc, RecordProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.summaryLength = properties.summaryLength();
        this.clock = clock;
    }

    /** Records that an input arrived. Receiving the same input id again changes nothing. */
    public void received(InputReceipt receipt) {
        if (find(receipt.inputId()).isPresent()) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO audit_entry (input_id, content_hash, format, source, received_at, outcome, batch_id, batch_row, submitted_by)"
                            + " VALUES (:id, :hash, :format, :source, :receivedAt, :outcome, :batch, :row, :submittedBy)")
                    .param("id", receipt.inputId())
                    .param("hash", receipt.contentHash())
                    .param("format", ErrorSummary.clip(receipt.format(), 64))
                    .param("source", ErrorSummary.clip(receipt.source(), 32))
                    .param("receivedAt", timestamp(receipt.receivedAt()))
                    .param("outcome", Outcome.RECEIVED.id())
                    .param("batch", receipt.batchId())
                    .param("row", receipt.batchRow())
                    .param("submittedBy", ErrorSummary.clip(receipt.submittedBy(), 200))
                    .update();
        } catch (DuplicateKeyException raced) {
            // another thread recorded the same input between the look-up and the insert: nothing to add
        }
    }

    /**
     * Records how an input ended. Inserts the received row first when it is missing, so the outcome is
     * never lost; finishing again overwrites the earlier outcome (the last word counts).
     *
     * @param credentialId the credential made (or that would have been made), or null
     * @param findings     why it was quarantined; empty for other outcomes
     * @param duplicateOf  the earlier input this one repeats, or null
     */
    public void finished(InputReceipt receipt, Outcome outcome, String credentialId, List<Finding> findings,
                         UUID duplicateOf) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.RECEIVED) {
            throw new IllegalArgumentException("received is not an end: use received(receipt)");
        }
        received(receipt);
        Finding first = findings.isEmpty() ? null : findings.get(0);
        jdbc.sql("UPDATE audit_entry SET outcome = :outcome, finished_at = :finishedAt, credential_id = :credential,"
                        + " error_stage = :stage, error_code = :code, error_summary = :summary, duplicate_of = :duplicateOf,"
                        + " content_hash = COALESCE(content_hash, :hash), format = COALESCE(format, :format),"
                        + " source = COALESCE(source, :source)"
                        + " WHERE input_id = :id")
                .param("outcome", outcome.id())
                .param("finishedAt", timestamp(clock.instant()))
                .param("credential", ErrorSummary.clip(credentialId, 128))
                .param("stage", first == null ? null : first.stage().id())
                .param("code", first == null ? null : ErrorSummary.clip(first.code(), ErrorSummary.MAX_CODE))
                .param("summary", ErrorSummary.of(findings, summaryLength))
                .param("duplicateOf", duplicateOf)
                .param("hash", receipt.contentHash())
                .param("format", ErrorSummary.clip(receipt.format(), 64))
                .param("source", ErrorSummary.clip(receipt.source(), 32))
                .param("id", receipt.inputId())
                .update();
    }

    /** The row of one input. */
    public Optional<AuditEntry> find(UUID inputId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE input_id = :id")
                .param("id", inputId)
                .query(AuditTrail::entry)
                .optional();
    }

    /** The first input with this content and format that became a credential (inbox de-duplication). */
    public Optional<AuditEntry> findConvertedByContentHash(String format, String contentHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry"
                        + " WHERE content_hash = :hash AND format = :format AND outcome = :outcome"
                        + " ORDER BY finished_at, received_at FETCH FIRST 1 ROWS ONLY")
                .param("hash", contentHash.toLowerCase(java.util.Locale.ROOT))
                .param("format", format)
                .param("outcome", Outcome.CONVERTED.id())
                .query(AuditTrail::entry)
                .optional();
    }

    @Override
    public Optional<UUID> convertedInput(String format, String contentHash) {
        return findConvertedByContentHash(format, contentHash).map(AuditEntry::inputId);
    }

    /** Every input with this content, oldest first. */
    public List<AuditEntry> findByContentHash(String contentHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE content_hash = :hash"
                        + " ORDER BY received_at, input_id")
                .param("hash", contentHash.toLowerCase(java.util.Locale.ROOT))
                .query(AuditTrail::entry)
                .list();
    }

    /**
     * Says on the input's row that its quarantine files were removed, by whom ({@code gateway} for the retention purge).
     * The first removal counts: false when the row is unknown or says so already.
     */
    public boolean quarantineDeleted(UUID inputId, String actor) {
        return jdbc.sql("UPDATE audit_entry SET quarantine_deleted_at = :at, quarantine_deleted_by = :actor"
                        + " WHERE input_id = :id AND quarantine_deleted_at IS NULL")
                .param("at", timestamp(clock.instant()))
                .param("actor", ErrorSummary.clip(actor, 200))
                .param("id", inputId)
                .update() == 1;
    }

    /**
     * Ends every input still {@code received} that arrived before {@code cutoff} as {@code interrupted}
     * (ingest/{@code interrupted}); returns how many. Conditional on the outcome, so a conversion finishing at the same
     * moment keeps its own end and several instances may run it at once.
     */
    public int interruptedBefore(Instant cutoff) {
        return jdbc.sql("UPDATE audit_entry SET outcome = :interrupted, finished_at = :now, error_stage = 'ingest',"
                        + " error_code = 'interrupted', error_summary = :summary"
                        + " WHERE outcome = :received AND received_at < :cutoff")
                .param("interrupted", Outcome.INTERRUPTED.id())
                .param("now", timestamp(clock.instant()))
                .param("summary", "ingest/interrupted: the gateway stopped before this input was finished")
                .param("received", Outcome.RECEIVED.id())
                .param("cutoff", timestamp(cutoff))
                .update();
    }

    /** What retention removed of an input (V25 columns); empty when the row is unknown. */
    public Optional<RetentionMarks> retentionMarks(UUID inputId) {
        return jdbc.sql("SELECT quarantine_deleted_at, quarantine_deleted_by, details_purged_at, finding_count, alignment_count"
                        + " FROM audit_entry WHERE input_id = :id")
                .param("id", inputId)
                .query((row, n) -> new RetentionMarks(instant(row, "quarantine_deleted_at"), row.getString("quarantine_deleted_by"),
                        instant(row, "details_purged_at"), row.getObject("finding_count", Integer.class),
                        row.getObject("alignment_count", Integer.class)))
                .optional();
    }

    /** How many inputs have each outcome; every outcome is present, zero when none. */
    public Map<Outcome, Long> countByOutcome() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0L);
        }
        jdbc.sql("SELECT outcome, COUNT(*) AS n FROM audit_entry GROUP BY outcome")
                .query(row -> {
                    counts.put(Outcome.fromId(row.getString("outcome")), row.getLong("n"));
                });
        return counts;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new AuditEntry(
                row.getObject("input_id", UUID.class),
                row.getString("content_hash"),
                row.getString("format"),
                row.getString("source"),
                instant(row, "received_at"),
                instant(row, "finished_at"),
                Outcome.fromId(row.getString("outcome")),
                row.getString("credential_id"),
                row.getString("error_stage"),
                row.getString("error_code"),
                row.getString("error_summary"),
                row.getObject("duplicate_of", UUID.class),
                row.getObject("batch_id", UUID.class),
                row.getObject("batch_row", Integer.class),
                row.getString("submitted_by"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
