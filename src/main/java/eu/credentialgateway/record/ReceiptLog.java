package eu.credentialgateway.record;

import eu.credentialgateway.Finding;
import eu.credentialgateway.SealRecord;
import eu.credentialgateway.StepTrail.Run;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The parts of an input's receipt beyond its audit row (Flyway V22): the steps it went through ({@code input_step}),
 * the notes and errors each left ({@code input_finding}: severity, stage, code, location; never a message, which may
 * name a field's content) and its seals ({@code input_seal}). Recording an input again replaces its rows.
 */
@Component
public class ReceiptLog {
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public ReceiptLog(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** One step as stored: its place (start order), name, outcome, start and duration. */
    public record StoredStep(int seq, String step, boolean passed, Instant startedAt, long durationUs) {
    }

    /** One finding as stored: {@code note} or {@code error}, and the step (seq) it belongs to, or null. */
    public record StoredFinding(Integer stepSeq, String severity, String stage, String code, String location) {
    }

    /**
     * Stores the input's trail in place of any stored before (its audit row must exist).
     *
     * @param steps  the steps in the order they ENDED (a step nested in another ends first), as {@code StepTrail} keeps them
     * @param notes  the input's notes; each step's {@code notesBefore..notesAfter} range names its own
     * @param errors the findings that quarantined it (empty unless quarantined): they go to the innermost failed step
     */
    public void record(UUID inputId, List<Run> steps, List<Finding> notes, List<Finding> errors, List<SealRecord> seals) {
        List<Run> byStart = steps.stream().sorted(Comparator.comparing(Run::startedAt)).toList();
        List<SqlParameterSource> stepRows = new ArrayList<>();
        for (int i = 0; i < byStart.size(); i++) {
            Run step = byStart.get(i);
            stepRows.add(new MapSqlParameterSource().addValue("id", inputId).addValue("seq", i + 1)
                    .addValue("step", step.step().id()).addValue("outcome", step.passed() ? "passed" : "failed")
                    .addValue("started", timestamp(step.startedAt())).addValue("us", step.durationUs()));
        }
        List<SqlParameterSource> findingRows = new ArrayList<>();
        for (int n = 0; n < notes.size(); n++) {
            findingRows.add(finding(inputId, findingRows.size() + 1, stepOfNote(n, steps, byStart), "note", notes.get(n)));
        }
        Integer failedStep = failedStep(steps, byStart);
        for (Finding error : errors) {
            findingRows.add(finding(inputId, findingRows.size() + 1, failedStep, "error", error));
        }
        List<SqlParameterSource> sealRows = new ArrayList<>();
        for (SealRecord seal : seals) {
            sealRows.add(new MapSqlParameterSource().addValue("id", inputId).addValue("seq", sealRows.size() + 1)
                    .addValue("purpose", seal.purpose()).addValue("profile", ErrorSummary.clip(seal.profile(), 32))
                    .addValue("media", ErrorSummary.clip(seal.mediaType(), 64)).addValue("sealed", seal.sealed())
                    .addValue("format", seal.signatureFormat()).addValue("algorithm", seal.algorithm()).addValue("kid", seal.keyId())
                    .addValue("subject", ErrorSummary.clip(seal.certificateSubject(), 1000)).addValue("sha", seal.certificateSha256())
                    .addValue("signed", timestamp(seal.signingTime())).addValue("demo", seal.demo())
                    .addValue("credential", ErrorSummary.clip(seal.credentialId(), 128)));
        }
        transactions.executeWithoutResult(status -> {
            Map<String, UUID> id = Map.of("id", inputId);
            jdbc.update("DELETE FROM input_step WHERE input_id = :id", id);
            jdbc.update("DELETE FROM input_finding WHERE input_id = :id", id);
            jdbc.update("DELETE FROM input_seal WHERE input_id = :id", id);
            insert("INSERT INTO input_step (input_id, seq, step, outcome, started_at, duration_us)"
                    + " VALUES (:id, :seq, :step, :outcome, :started, :us)", stepRows);
            insert("INSERT INTO input_finding (input_id, seq, step_seq, severity, stage, code, location)"
                    + " VALUES (:id, :seq, :step, :severity, :stage, :code, :location)", findingRows);
            insert("INSERT INTO input_seal (input_id, seq, purpose, profile, media_type, sealed, signature_format, algorithm,"
                    + " key_id, certificate_subject, certificate_sha256, signing_time, demo, credential_id) VALUES (:id, :seq, :purpose,"
                    + " :profile, :media, :sealed, :format, :algorithm, :kid, :subject, :sha, :signed, :demo, :credential)", sealRows);
        });
    }

    private void insert(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    /** The input's steps in the order they started. */
    public List<StoredStep> steps(UUID inputId) {
        return jdbc.query("SELECT seq, step, outcome, started_at, duration_us FROM input_step WHERE input_id = :id ORDER BY seq",
                Map.of("id", inputId), (r, n) -> new StoredStep(r.getInt("seq"), r.getString("step"), "passed".equals(r.getString("outcome")),
                        instant(r, "started_at"), r.getLong("duration_us")));
    }

    /** The input's findings: notes in the order left, then errors. */
    public List<StoredFinding> findings(UUID inputId) {
        return jdbc.query("SELECT step_seq, severity, stage, code, location FROM input_finding WHERE input_id = :id ORDER BY seq",
                Map.of("id", inputId), (r, n) -> new StoredFinding(r.getObject("step_seq", Integer.class), r.getString("severity"),
                        r.getString("stage"), r.getString("code"), r.getString("location")));
    }

    /** The first error of each quarantined input of a batch with a location: input id -> location. */
    public Map<UUID, String> firstErrorLocations(UUID batchId) {
        Map<UUID, String> locations = new java.util.HashMap<>();
        jdbc.query("SELECT f.input_id, f.location FROM input_finding f JOIN audit_entry a ON a.input_id = f.input_id"
                        + " WHERE a.batch_id = :batch AND a.outcome = 'quarantined' AND f.severity = 'error' ORDER BY f.input_id, f.seq",
                Map.of("batch", batchId), row -> {
                    locations.putIfAbsent(row.getObject("input_id", UUID.class), row.getString("location"));
                });
        return locations;
    }

    /** The input's seals, in the order made. */
    public List<SealRecord> seals(UUID inputId) {
        return jdbc.query("SELECT purpose, profile, media_type, sealed, signature_format, algorithm, key_id, certificate_subject,"
                        + " certificate_sha256, signing_time, demo, credential_id FROM input_seal WHERE input_id = :id ORDER BY seq",
                Map.of("id", inputId), (r, n) -> new SealRecord(r.getString("purpose"), r.getString("profile"), r.getString("media_type"),
                        r.getBoolean("sealed"), r.getString("signature_format"), r.getString("algorithm"), r.getString("key_id"),
                        r.getString("certificate_subject"), r.getString("certificate_sha256"), instant(r, "signing_time"),
                        r.getBoolean("demo"), r.getString("credential_id")));
    }

    /** The seq (start order) of the innermost step whose notes range holds note {@code n}; the first to END is innermost. */
    private static Integer stepOfNote(int n, List<Run> byEnd, List<Run> byStart) {
        for (Run step : byEnd) {
            if (n >= step.notesBefore() && n < step.notesAfter()) {
                return byStart.indexOf(step) + 1;
            }
        }
        return null;
    }

    /** The seq of the first step to fail (the innermost: a failing nested step fails its caller after it). */
    private static Integer failedStep(List<Run> byEnd, List<Run> byStart) {
        return byEnd.stream().filter(step -> !step.passed()).findFirst().map(step -> byStart.indexOf(step) + 1).orElse(null);
    }

    private static MapSqlParameterSource finding(UUID inputId, int seq, Integer step, String severity, Finding finding) {
        return new MapSqlParameterSource().addValue("id", inputId).addValue("seq", seq).addValue("step", step)
                .addValue("severity", severity).addValue("stage", finding.stage().id())
                .addValue("code", ErrorSummary.clip(finding.code(), ErrorSummary.MAX_CODE))
                .addValue("location", ErrorSummary.clip(finding.location(), ErrorSummary.MAX_LOCATION));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
