package eu.credentialgateway.retention;

/**
 * What one purge removed, per kind: counts only, never content or identifiers. A kind that is off, or that failed
 * in this run, counts 0 (a failure is logged and retried at the next run).
 *
 * @param quarantine       quarantine entries removed
 * @param inboxDone        done files removed
 * @param credentialBodies stored credential bodies removed
 * @param auditDetails     inputs whose details were purged
 * @param findings         findings removed with them
 * @param alignments       alignment decisions removed with them
 * @param interrupted      inputs left {@code received} that were marked {@code interrupted} (nothing removed)
 */
public record PurgeReport(int quarantine, int inboxDone, int credentialBodies, int auditDetails, int findings, int alignments,
                          int interrupted) {
    /** True when this run removed or marked anything. */
    public boolean removedAny() {
        return quarantine + inboxDone + credentialBodies + auditDetails + findings + alignments + interrupted > 0;
    }

    /** The counts as the actions log and the log line show them. */
    public String counts() {
        return "quarantine=" + quarantine + " inbox-done=" + inboxDone + " credential-bodies=" + credentialBodies
                + " audit-details=" + auditDetails + " findings=" + findings + " alignments=" + alignments
                + " interrupted=" + interrupted;
    }
}
