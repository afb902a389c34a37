package eu.credentialgateway.record;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit trail: one input and what became of it. Holds identifiers, a hash and finding
 * codes, never a learner's data.
 *
 * @param errorStage   the stage that rejected the input ({@code map}), null unless quarantined
 * @param errorCode    the first finding's code, null unless quarantined
 * @param errorSummary every finding as {@code stage/code at location: message}, bounded in length
 * @param duplicateOf  the input whose conversion this one repeats, null unless duplicate
 * @param batchRow     the 1-based data row of its batch file, null when it is none
 * @param submittedBy  who submitted it: an API key id ({@code key:<id>}), a token subject ({@code oidc:<sub>}),
 *                     null for the inbox folders and for rows recorded before #12
 */
public record AuditEntry(UUID inputId, String contentHash, String format, String source, Instant receivedAt,
                         Instant finishedAt, Outcome outcome, String credentialId, String errorStage,
                         String errorCode, String errorSummary, UUID duplicateOf, UUID batchId, Integer batchRow,
                         String submittedBy) {
    /** An entry of a batch row, without its submitter. */
    public AuditEntry(UUID inputId, String contentHash, String format, String source, Instant receivedAt,
                      Instant finishedAt, Outcome outcome, String credentialId, String errorStage,
                      String errorCode, String errorSummary, UUID duplicateOf, UUID batchId, Integer batchRow) {
        this(inputId, contentHash, format, source, receivedAt, finishedAt, outcome, credentialId, errorStage, errorCode,
                errorSummary, duplicateOf, batchId, batchRow, null);
    }

    /** An entry without a row number. */
    public AuditEntry(UUID inputId, String contentHash, String format, String source, Instant receivedAt,
                      Instant finishedAt, Outcome outcome, String credentialId, String errorStage,
                      String errorCode, String errorSummary, UUID duplicateOf, UUID batchId) {
        this(inputId, contentHash, format, source, receivedAt, finishedAt, outcome, credentialId, errorStage, errorCode,
                errorSummary, duplicateOf, batchId, null);
    }
}
