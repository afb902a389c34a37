package eu.credentialgateway;

import java.util.List;
import java.util.UUID;

/**
 * Where the record stage hands alignment decisions that wait for a person (status {@code queued}): the ESCO review
 * queue takes them and answers them with their review item. The interface sits here so that record does not depend
 * on the review feature.
 */
public interface ReviewHandOff {
    /** The decisions, those queued for review now carrying their review item. */
    List<AlignmentDecision> enqueueQueued(List<AlignmentDecision> decisions, UUID inputId);
}
