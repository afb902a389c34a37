package eu.credentialgateway.review;

import eu.credentialgateway.AlignmentDecision.Candidate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One phrase in the review queue, as the API shows it.
 *
 * @param id         the item's id
 * @param text       the phrase as first seen
 * @param lang       its language (primary subtag, or {@code und})
 * @param status     pending, accepted or rejected
 * @param candidates the ranked ESCO skills the matcher offered (uri, label in the phrase's language, score 0..1)
 * @param inputIds   the inputs the phrase was seen in, oldest first (at most {@link ReviewStore#MAX_INPUTS_SHOWN})
 * @param inputCount how many inputs the phrase was seen in
 * @param created    when it was first queued
 * @param decided    when it was accepted or rejected, or null
 * @param chosenUri  the accepted ESCO skill, or null
 */
public record ReviewItem(UUID id, String text, String lang, String status, List<Candidate> candidates, List<UUID> inputIds,
                         int inputCount, Instant created, Instant decided, String chosenUri) {
    public ReviewItem {
        candidates = List.copyOf(candidates);
        inputIds = List.copyOf(inputIds);
    }
}
