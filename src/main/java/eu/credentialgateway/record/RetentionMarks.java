package eu.credentialgateway.record;

import java.time.Instant;

/**
 * What retention removed of one input, as its audit row says (the row itself is never removed).
 *
 * @param quarantineDeletedAt when its quarantine files were removed, or null
 * @param quarantineDeletedBy who removed them: an API key id, a token subject, or {@code gateway} for the purge
 * @param detailsPurgedAt     when its error summary, findings and alignment decisions were purged, or null
 * @param findingCount        how many findings it had when they were purged, null before
 * @param alignmentCount      how many alignment decisions it had when they were purged, null before
 */
public record RetentionMarks(Instant quarantineDeletedAt, String quarantineDeletedBy, Instant detailsPurgedAt,
                             Integer findingCount, Integer alignmentCount) {
}
