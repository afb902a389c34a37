package eu.credentialgateway.record;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the gateway knows about an input when it arrives: identifiers and a hash, never its content.
 *
 * @param inputId     the input's id in the audit trail (made at ingest)
 * @param contentHash SHA-256 of the original bytes, lowercase hex; null when ingest failed before hashing
 * @param format      adapter name ({@code elmo}); null when not known yet
 * @param source      {@code inbox} or {@code http}; null when not known
 * @param receivedAt  when the input arrived
 * @param batchId     the batch the input was split from, or null
 * @param batchRow    the 1-based data row of the batch file the input is, or null
 * @param submittedBy who submitted it (an API key id or token subject, from the ACTOR header), or null
 */
public record InputReceipt(UUID inputId, String contentHash, String format, String source, Instant receivedAt,
                           UUID batchId, Integer batchRow, String submittedBy) {
    public InputReceipt {
        Objects.requireNonNull(inputId, "inputId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (contentHash != null && !contentHash.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("content hash is not SHA-256 hex");
        }
        contentHash = contentHash == null ? null : contentHash.toLowerCase(java.util.Locale.ROOT);
    }

    /** A receipt without its submitter. */
    public InputReceipt(UUID inputId, String contentHash, String format, String source, Instant receivedAt, UUID batchId,
                        Integer batchRow) {
        this(inputId, contentHash, format, source, receivedAt, batchId, batchRow, null);
    }

    /** A receipt without a row number (outside any batch, or a batch file as a whole). */
    public InputReceipt(UUID inputId, String contentHash, String format, String source, Instant receivedAt, UUID batchId) {
        this(inputId, contentHash, format, source, receivedAt, batchId, null, null);
    }

    /** A receipt outside any batch. */
    public InputReceipt(UUID inputId, String contentHash, String format, String source, Instant receivedAt) {
        this(inputId, contentHash, format, source, receivedAt, null, null, null);
    }
}
