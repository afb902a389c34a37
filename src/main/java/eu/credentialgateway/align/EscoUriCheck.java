package eu.credentialgateway.align;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.AlignmentDecision.Decision;
import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Checks the ESCO skills an input names (objects of {@code elm:relatedESCOSkill}, and any object in the ESCO skill
 * namespace) against the ESCO skills file:
 * <ul>
 * <li>known (released in v1.1.1): kept, described with ESCO's scheme and preferred labels;</li>
 * <li>obsolete (a v1.0 skill v1.1.1 no longer has): kept and described likewise, warning {@code obsolete-esco-skill}.
 * ESCO's exports name no successor for these skills, so there is nothing to replace them with; the skill was a valid
 * ESCO skill when the credential was issued, and the warning tells the reader it is not current;</li>
 * <li>unknown: the statement is dropped, warning {@code unknown-esco-skill}; what the input said about that skill
 * goes too once nothing points to it.</li>
 * </ul>
 */
final class EscoUriCheck {
    private final EscoSkills skills;

    EscoUriCheck(EscoSkills skills) {
        this.skills = skills;
    }

    /** Checks every ESCO skill statement; returns the subjects that had one (their skill is the input's, not matched). */
    Set<Node> check(Graph graph, List<Finding> findings, List<AlignmentDecision> decisions) {
        List<Triple> statements = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(EscoConcepts.RELATED_ESCO_SKILL) || EscoConcepts.inSkillNamespace(t.getObject())) {
                statements.add(t);
            }
        });
        Set<Node> subjects = new HashSet<>();
        if (statements.isEmpty()) {
            return subjects;
        }
        Map<Node, EscoUriStatus> status = new LinkedHashMap<>();
        Map<String, Finding> warnings = new LinkedHashMap<>();
        for (Triple t : statements) {
            Node skill = t.getObject();
            EscoUriStatus s = status.computeIfAbsent(skill, n -> n.isURI() ? skills.check(n.getURI()) : EscoUriStatus.UNKNOWN);
            subjects.add(t.getSubject());
            String location = CodeAlignmentLog.label(t.getSubject()) + " " + t.getPredicate().getURI();
            String given = skill.isURI() ? skill.getURI() : skill.isLiteral() ? skill.getLiteralLexicalForm() : CodeAlignmentLog.label(skill);
            if (s == EscoUriStatus.UNKNOWN) {
                graph.delete(t);
                warnings.putIfAbsent("u " + location, new Finding(Stage.ALIGN, "unknown-esco-skill",
                        "the ESCO skill given is not an ESCO v1.1.1 skill (nor an older one the gateway knows); the statement was left out", location));
            } else if (s == EscoUriStatus.OBSOLETE) {
                warnings.putIfAbsent("o " + location, new Finding(Stage.ALIGN, "obsolete-esco-skill",
                        "the ESCO skill given is not released in ESCO v1.1.1 (an earlier version had it) and ESCO names no replacement; it was kept", location));
            }
            decisions.add(new AlignmentDecision(AlignmentDecision.Kind.ESCO_URI, CodeAlignmentLog.label(t.getSubject()),
                    t.getPredicate().getURI(), given, null, s == EscoUriStatus.UNKNOWN ? null : given, null,
                    s == EscoUriStatus.UNKNOWN ? Decision.DROPPED : Decision.KEPT, s.id() + "-esco-skill", "input", List.of(), null));
        }
        status.forEach((skill, s) -> {
            if (s == EscoUriStatus.UNKNOWN) {
                EscoConcepts.forgetIfUnused(graph, skill);
            } else {
                EscoConcepts.describe(graph, skill, skills.skill(skill.getURI()).preferredLabels());
            }
        });
        EscoConcepts.forgetIfUnused(graph, EscoConcepts.SKILLS_SCHEME);
        findings.addAll(warnings.values());
        return subjects;
    }
}
