package eu.credentialgateway.review;

import eu.credentialgateway.KebabNames;

/** Where a review item stands. */
public enum ReviewStatus {
    /** Queued, not decided yet. */
    PENDING,
    /** A reviewer chose an ESCO skill for the phrase: it is added whenever the phrase is seen again. */
    ACCEPTED,
    /** A reviewer said no skill fits: nothing is added and the phrase is not queued again. */
    REJECTED;

    /** Lower case, as stored and in JSON. */
    public String id() {
        return KebabNames.of(this);
    }

    /** The status named {@code id} (case-insensitive), or null. */
    public static ReviewStatus fromId(String id) {
        return KebabNames.find(ReviewStatus.class, id).orElse(null);
    }
}
