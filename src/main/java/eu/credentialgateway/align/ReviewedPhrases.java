package eu.credentialgateway.align;

import java.util.UUID;

/**
 * What reviewers decided about phrases the matcher was not sure of (the review queue, which implements this):
 * the align stage asks before matching, so an accepted phrase gets its skill directly and a rejected one is
 * neither matched nor queued again. Called for every phrase of every credential: implementations answer from memory.
 */
public interface ReviewedPhrases {
    /** No review queue: nothing was ever decided. */
    ReviewedPhrases NONE = key -> null;

    /** The reviewers' decision on this phrase, or null when there is none (never queued, or still pending). */
    Verdict verdict(PhraseKey key);

    /**
     * A decision on a review item.
     *
     * @param reviewId the review item
     * @param skillUri the ESCO skill accepted, or null when the phrase was rejected
     */
    record Verdict(UUID reviewId, String skillUri) {
        public boolean accepted() {
            return skillUri != null;
        }
    }
}
