package eu.credentialgateway.record;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges the details of inputs that ended before a cutoff: the error summary, the findings ({@code input_finding})
 * and the alignment decisions ({@code alignment_decision}). The audit row stays, with its outcome, codes, steps and
 * seals, and says when its details went and how many findings and decisions there were. Inputs still in progress
 * ({@code received}) are never touched. Every statement is conditional, so instances running it at once purge each
 * input once.
 */
@Component
public class AuditDetailsPurge {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    public AuditDetailsPurge(JdbcClient jdbc, TransactionTemplate transactions) {
        this(jdbc, transactions, Clock.systemUTC());
    }

    AuditDetailsPurge(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one run removed. */
    public record Purged(int inputs, int findings, int alignments) {
    }

    /** Purges the details of every input finished before {@code cutoff}. */
    public Purged before(Instant cutoff) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        return transactions.execute(status -> {
            int inputs = jdbc.sql("UPDATE audit_entry SET details_purged_at = :now, error_summary = NULL,"
                            + " finding_count = (SELECT COUNT(*) FROM input_finding f WHERE f.input_id = audit_entry.input_id),"
                            + " alignment_count = (SELECT COUNT(*) FROM alignment_decision a WHERE a.input_id = audit_entry.input_id)"
                            + " WHERE details_purged_at IS NULL AND outcome <> 'received' AND finished_at < :before")
                    .param("now", now).param("before", before).update();
            int findings = jdbc.sql("DELETE FROM input_finding WHERE input_id IN"
                            + " (SELECT input_id FROM audit_entry WHERE details_purged_at IS NOT NULL AND finished_at < :before)")
                    .param("before", before).update();
            int alignments = jdbc.sql("DELETE FROM alignment_decision WHERE input_id IN"
                            + " (SELECT input_id FROM audit_entry WHERE details_purged_at IS NOT NULL AND finished_at < :before)")
                    .param("before", before).update();
            return new Purged(inputs, findings, alignments);
        });
    }
}
