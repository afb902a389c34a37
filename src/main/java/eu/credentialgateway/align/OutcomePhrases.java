package eu.credentialgateway.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The texts of a credential that say what the learner can do, as ELM 3.2 holds them, each a phrase to match
 * against ESCO:
 * <ul>
 * <li>the titles ({@code dc:title}, each language on its own) of every {@code elm:LearningOutcome} that names no
 * ESCO skill ({@code elm:relatedESCOSkill}) and had none in the input;</li>
 * <li>for a {@code elm:LearningAchievementSpecification} or {@code elm:Qualification} without any
 * {@code elm:learningOutcome}: the {@code elm:noteLiteral}s of its {@code elm:learningOutcomeSummary} notes, split into
 * the outcomes they list (lines, bullets, semicolons, sentences; list headings ending in ":" left out).</li>
 * </ul>
 * ELM 3.2 has no skill property on specifications ({@code hasSkill} is not in the model): a skill is always a
 * learning outcome's {@code relatedESCOSkill}. Titles and descriptions of courses are not matched: they name a
 * subject, not what the learner can do.
 */
final class OutcomePhrases {
    private static final Pattern SEPARATORS = Pattern.compile("[\\r\\n;•·▪◦]+|(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*–—+>]+|\\(?\\d{1,2}[.)]|\\(?[a-z][)])\\s+");

    private OutcomePhrases() {
    }

    /**
     * One phrase.
     *
     * @param subject  the outcome (title) or the specification (summary) the text belongs to
     * @param property {@code dc:title} or {@code elm:learningOutcomeSummary}
     * @param outcome  the learning outcome that gets the skill, or null: one is made for the specification
     * @param text     the phrase
     * @param langTag  the literal's language tag, "" when it has none
     */
    record Phrase(Node subject, Node property, Node outcome, String text, String langTag) {
    }

    static List<Phrase> of(Graph graph, Set<Node> withSkillFromInput) {
        List<Phrase> out = new ArrayList<>();
        for (Triple typed : graph.find(Node.ANY, EscoConcepts.TYPE, EscoConcepts.LEARNING_OUTCOME_CLASS).toList()) {
            Node outcome = typed.getSubject();
            if (withSkillFromInput.contains(outcome) || graph.contains(outcome, EscoConcepts.RELATED_ESCO_SKILL, Node.ANY)) {
                continue;
            }
            graph.find(outcome, EscoConcepts.TITLE, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    out.add(new Phrase(outcome, EscoConcepts.TITLE, outcome, t.getObject().getLiteralLexicalForm(), t.getObject().getLiteralLanguage()));
                }
            });
        }
        for (Node type : List.of(EscoConcepts.SPECIFICATION, EscoConcepts.QUALIFICATION)) {
            for (Triple typed : graph.find(Node.ANY, EscoConcepts.TYPE, type).toList()) {
                Node spec = typed.getSubject();
                if (!graph.contains(spec, EscoConcepts.LEARNING_OUTCOME, Node.ANY)) {
                    summaries(graph, spec, out);
                }
            }
        }
        return out;
    }

    private static void summaries(Graph graph, Node spec, List<Phrase> out) {
        for (Triple s : graph.find(spec, EscoConcepts.LEARNING_OUTCOME_SUMMARY, Node.ANY).toList()) {
            graph.find(s.getObject(), EscoConcepts.NOTE_LITERAL, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    for (String piece : split(t.getObject().getLiteralLexicalForm())) {
                        out.add(new Phrase(spec, EscoConcepts.LEARNING_OUTCOME_SUMMARY, null, piece, t.getObject().getLiteralLanguage()));
                    }
                }
            });
        }
    }

    /** The outcomes a summary lists: one per line, bullet, semicolon or sentence; headings ("... will be able to:") left out. */
    static List<String> split(String summary) {
        List<String> pieces = new ArrayList<>();
        for (String raw : SEPARATORS.split(summary)) {
            String piece = LIST_MARKER.matcher(raw.strip()).replaceFirst("").strip();
            if (piece.endsWith(":") || piece.codePoints().filter(Character::isLetter).count() < 3) {
                continue;
            }
            pieces.add(piece);
        }
        return pieces;
    }
}
