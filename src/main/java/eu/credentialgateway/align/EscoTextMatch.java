package eu.credentialgateway.align;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.AlignmentDecision.Decision;
import eu.credentialgateway.AlignmentDecision.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Matches a credential's outcome phrases ({@link OutcomePhrases}) to ESCO skills and adds the skills it is sure of,
 * as ELM defines them: {@code <outcome> elm:relatedESCOSkill <skill>}; for a specification's summary phrase, a new
 * {@code elm:LearningOutcome} (title = the phrase, IRI derived from the specification and the phrase) joined to the
 * specification by {@code elm:learningOutcome}. Per phrase, in this order:
 * <ol>
 * <li>a reviewer accepted it before: the accepted skill is added (source {@code review}); rejected: nothing, not queued;</li>
 * <li>the best candidate scores at least {@code accept-threshold}: it is added (source {@code matcher});</li>
 * <li>at least {@code review-floor}: the candidates go to the review queue (decision {@code queued}), nothing is added;</li>
 * <li>else nothing is added ({@code score-below-review-floor}, {@code no-candidate}).</li>
 * </ol>
 * The same phrase twice in one credential is matched once. Thread-safe (no state of its own).
 */
final class EscoTextMatch {
    static final int MAX_TEXT = 500;
    private final EscoSkills skills;
    private final EscoMatcher matcher;
    private final EscoProperties properties;
    private final ReviewedPhrases reviewed;

    EscoTextMatch(EscoAlignments esco, ReviewedPhrases reviewed) {
        this.skills = esco.skills();
        this.matcher = esco.matcher();
        this.properties = esco.properties();
        this.reviewed = reviewed;
    }

    /** What was decided for one phrase: the decision (without subject) and the skill to add, if any. */
    private record Outcome(AlignmentDecision decision, EscoSkill skill) {
    }

    List<AlignmentDecision> match(Graph graph, List<OutcomePhrases.Phrase> phrases) {
        List<AlignmentDecision> decisions = new ArrayList<>(phrases.size());
        Map<PhraseKey, Outcome> decided = new HashMap<>();
        for (OutcomePhrases.Phrase phrase : phrases) {
            PhraseKey key = PhraseKey.of(phrase.text(), phrase.langTag());
            if (key.text().isEmpty()) {
                continue;
            }
            Outcome outcome = decided.get(key);
            if (outcome == null) {
                outcome = decided.size() >= properties.maxPhrases()
                        ? new Outcome(decision(key, phrase.text(), null, null, Decision.NOT_ADDED, "phrase-limit-reached", "matcher", List.of(), null), null)
                        : decide(key, phrase.text());
                decided.put(key, outcome);
            }
            AlignmentDecision d = outcome.decision();
            decisions.add(new AlignmentDecision(Kind.ESCO_TEXT, CodeAlignmentLog.label(phrase.subject()), phrase.property().getURI(),
                    phrase.text(), key.lang(), d.target(), d.score(), d.decision(), d.reason(), d.source(), d.candidates(), d.reviewId()));
            if (outcome.skill() != null) {
                add(graph, phrase, key, outcome.skill());
            }
        }
        return decisions;
    }

    private Outcome decide(PhraseKey key, String text) {
        if (text.length() > MAX_TEXT) {
            return new Outcome(decision(key, text, null, null, Decision.NOT_ADDED, "text-too-long", "matcher", List.of(), null), null);
        }
        ReviewedPhrases.Verdict verdict = reviewed.verdict(key);
        if (verdict != null) {
            if (!verdict.accepted()) {
                return new Outcome(decision(key, text, null, null, Decision.NOT_ADDED, "rejected-in-review", "review", List.of(), verdict.reviewId()), null);
            }
            EscoSkill skill = skills.skill(verdict.skillUri());
            if (skill == null || !skill.released()) {
                return new Outcome(decision(key, text, verdict.skillUri(), null, Decision.NOT_ADDED, "reviewed-skill-not-released", "review",
                        List.of(), verdict.reviewId()), null);
            }
            return new Outcome(decision(key, text, skill.uri(), null, Decision.ADDED, "accepted-in-review", "review", List.of(), verdict.reviewId()), skill);
        }
        List<EscoCandidate> candidates = matcher.match(text, key.matchLanguage(), properties.reviewCandidates());
        if (candidates.isEmpty()) {
            return new Outcome(decision(key, text, null, null, Decision.NOT_ADDED, "no-candidate", "matcher", List.of(), null), null);
        }
        EscoCandidate best = candidates.get(0);
        if (best.score() >= properties.acceptThreshold()) {
            return new Outcome(decision(key, text, best.uri(), best.score(), Decision.ADDED, "score-at-or-above-threshold", "matcher", List.of(), null),
                    skills.skill(best.uri()));
        }
        if (best.score() >= properties.reviewFloor()) {
            List<AlignmentDecision.Candidate> offered = candidates.stream()
                    .map(c -> new AlignmentDecision.Candidate(c.uri(), c.label(), c.score())).toList();
            return new Outcome(decision(key, text, null, best.score(), Decision.QUEUED, "score-in-review-range", "matcher", offered, null), null);
        }
        return new Outcome(decision(key, text, null, best.score(), Decision.NOT_ADDED, "score-below-review-floor", "matcher", List.of(), null), null);
    }

    private static AlignmentDecision decision(PhraseKey key, String text, String target, Double score, Decision decision, String reason,
                                              String source, List<AlignmentDecision.Candidate> candidates, UUID reviewId) {
        return new AlignmentDecision(Kind.ESCO_TEXT, null, null, text, key.lang(), target, score, decision, reason, source, candidates, reviewId);
    }

    /** Adds the skill to the phrase's outcome (made for a specification's summary phrase) and describes the skill. */
    private static void add(Graph graph, OutcomePhrases.Phrase phrase, PhraseKey key, EscoSkill skill) {
        Node skillNode = NodeFactory.createURI(skill.uri());
        Node outcome = phrase.outcome();
        if (outcome == null) {
            String seed = CodeAlignmentLog.label(phrase.subject()) + "\n" + key.lang() + "\n" + key.text();
            outcome = NodeFactory.createURI("urn:epass:learningOutcome:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)));
            String lang = phrase.langTag().isEmpty() ? PhraseKey.UNDETERMINED : phrase.langTag();
            graph.add(phrase.subject(), EscoConcepts.LEARNING_OUTCOME, outcome);
            graph.add(outcome, EscoConcepts.TYPE, EscoConcepts.LEARNING_OUTCOME_CLASS);
            graph.add(outcome, EscoConcepts.TITLE, NodeFactory.createLiteralLang(phrase.text(), lang));
        }
        graph.add(outcome, EscoConcepts.RELATED_ESCO_SKILL, skillNode);
        EscoConcepts.describe(graph, skillNode, skill.preferredLabels());
    }
}
