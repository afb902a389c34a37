package eu.credentialgateway.quarantine;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Step;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One quarantined input, as its {@code reason.json} says: where it came from, why it was turned away.
 * The original bytes sit beside it ({@link QuarantineStore#original(UUID)}).
 *
 * @param fileName   the inbox file name, or null; kept here (not in the audit trail) to find the file again
 * @param receivedAt when the input arrived, or null when unknown
 * @param step       the step that failed; null in a reason written before steps were recorded
 */
public record QuarantineEntry(UUID inputId, String contentHash, String format, String source, String fileName,
                              Instant receivedAt, Instant quarantinedAt, Step step, Rejection rejection,
                              List<Finding> findings) {
    public QuarantineEntry {
        Objects.requireNonNull(inputId, "inputId");
        Objects.requireNonNull(quarantinedAt, "quarantinedAt");
        Objects.requireNonNull(rejection, "rejection");
        findings = List.copyOf(findings);
    }

    /** Leaves the file name out: it may carry a learner's name. */
    @Override
    public String toString() {
        return "QuarantineEntry[inputId=" + inputId + ", contentHash=" + contentHash + ", format=" + format
                + ", source=" + source + ", receivedAt=" + receivedAt + ", quarantinedAt=" + quarantinedAt
                + ", step=" + (step == null ? null : step.id()) + ", rejection=" + rejection + ", findings=" + findings.size() + "]";
    }
}
