package eu.credentialgateway;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.camel.Exchange;

/**
 * One decision the align stage took about an input: an ESCO skill URI the input gave (kept or dropped), a
 * phrase matched against ESCO (skill added, queued for review, or not added, and why), or a code aligned to a
 * vocabulary concept (or dropped). The align stage puts them in the exchange property
 * {@link GatewayHeaders#ALIGNMENTS}; the record stage stores them on the input's receipt.
 * They hold IRIs, codes and the matched phrase (course content), never data about the learner.
 *
 * @param kind       what was aligned
 * @param subject    the node the statement is about (IRI or blank node label)
 * @param property   the statement's predicate IRI
 * @param text       the phrase matched (ESCO_TEXT), the code as the input gave it (CODE) or the URI given (ESCO_URI)
 * @param lang       the phrase's language tag ({@code und} when unknown), null for codes and URIs
 * @param target     the concept the statement points to after alignment (skill or code concept IRI), or null
 * @param score      the matcher's score of the target (0..1) or of the best candidate, null when no match was made
 * @param decision   what was done
 * @param reason     why, as a stable kebab-case code ({@code score-at-or-above-threshold}, {@code unknown-esco-skill}, ...)
 * @param source     who decided: {@code input}, {@code matcher}, {@code review} or {@code vocabulary}
 * @param candidates the ranked candidates sent to review (QUEUED only), else empty
 * @param reviewId   the review item of a QUEUED phrase (set when it is queued) or of a remembered review decision
 */
public record AlignmentDecision(Kind kind, String subject, String property, String text, String lang, String target,
                                Double score, Decision decision, String reason, String source, List<Candidate> candidates,
                                UUID reviewId) {
    public AlignmentDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    private static final ExchangeList<AlignmentDecision> DECISIONS =
            new ExchangeList<>(GatewayHeaders.ALIGNMENTS, AlignmentDecision.class);

    /** What was aligned. */
    public enum Kind {
        /** An ESCO skill URI found in the input. */
        ESCO_URI,
        /** A phrase (learning outcome title or summary) matched against ESCO skills. */
        ESCO_TEXT,
        /** A code (EQF, ISCED-F, country, language) aligned to a vocabulary concept. */
        CODE;

        /** Lower-case, dashed: {@code esco-uri}, {@code esco-text}, {@code code}. */
        public String id() {
            return KebabNames.of(this);
        }

        public static Kind fromId(String id) {
            return KebabNames.parse(Kind.class, "alignment kind", id);
        }
    }

    /** What was done. */
    public enum Decision {
        /** A skill was added to the credential (from the matcher or a remembered review). */
        ADDED,
        /** The input's ESCO skill stays (known or obsolete). */
        KEPT,
        /** The input's statement was left out (unknown ESCO skill or code). */
        DROPPED,
        /** The candidates went to the review queue; nothing was added. */
        QUEUED,
        /** Nothing was added and nothing queued (score below the review floor, rejected in review, ...). */
        NOT_ADDED,
        /** A code was replaced by its vocabulary concept. */
        ALIGNED;

        /** Lower-case, dashed: {@code added}, {@code not-added}, ... */
        public String id() {
            return KebabNames.of(this);
        }

        public static Decision fromId(String id) {
            return KebabNames.parse(Decision.class, "alignment decision", id);
        }
    }

    /** One ranked candidate of a queued phrase. */
    public record Candidate(String uri, String label, double score) {
    }

    /** The same decision, linked to its review item. */
    public AlignmentDecision withReviewId(UUID id) {
        return new AlignmentDecision(kind, subject, property, text, lang, target, score, decision, reason, source, candidates, id);
    }

    /** Appends decisions to the input's list in {@link GatewayHeaders#ALIGNMENTS}. */
    public static void add(Exchange exchange, List<AlignmentDecision> decisions) {
        DECISIONS.addAll(exchange, decisions);
    }

    /** The input's alignment decisions so far, in the order they were taken. */
    public static List<AlignmentDecision> of(Exchange exchange) {
        return DECISIONS.of(exchange);
    }
}
