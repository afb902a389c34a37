package eu.credentialgateway.align;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ELM and ESCO terms the ESCO alignment reads and writes, and how an ESCO skill is described in a credential
 * so that the official ELM shapes accept it ({@code EscoSkillRestriction}): {@code a skos:Concept},
 * {@code skos:inScheme <http://data.europa.eu/esco/concept-scheme/skills>} (itself {@code a skos:ConceptScheme}) and
 * ESCO's preferred labels (one per language).
 */
final class EscoConcepts {
    static final String SKILL_NAMESPACE = "http://data.europa.eu/esco/skill/";
    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final Node SKILLS_SCHEME = uri("http://data.europa.eu/esco/concept-scheme/skills");
    static final Node RELATED_ESCO_SKILL = uri(ELM + "relatedESCOSkill");
    static final Node LEARNING_OUTCOME_CLASS = uri(ELM + "LearningOutcome");
    static final Node LEARNING_OUTCOME = uri(ELM + "learningOutcome");
    static final Node LEARNING_OUTCOME_SUMMARY = uri(ELM + "learningOutcomeSummary");
    static final Node NOTE_LITERAL = uri(ELM + "noteLiteral");
    static final Node SPECIFICATION = uri(ELM + "LearningAchievementSpecification");
    static final Node QUALIFICATION = uri(ELM + "Qualification");
    static final Node TITLE = uri("http://purl.org/dc/terms/title");
    static final Node TYPE = RDF.type.asNode();
    private static final Node CONCEPT = SKOS.Concept.asNode();
    private static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();
    private static final Node IN_SCHEME = SKOS.inScheme.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();

    private EscoConcepts() {
    }

    /**
     * Describes a skill the credential names: type, the ESCO skills scheme, and ESCO's preferred labels in place of
     * any the input gave (the input's wording stays on the learning outcome's title). A skill ESCO has no label
     * for (an obsolete one may have none in English) keeps the input's labels.
     */
    static void describe(Graph graph, Node skill, Map<String, String> preferredLabels) {
        graph.add(skill, TYPE, CONCEPT);
        graph.add(skill, IN_SCHEME, SKILLS_SCHEME);
        graph.add(SKILLS_SCHEME, TYPE, CONCEPT_SCHEME);
        if (preferredLabels.isEmpty()) {
            return;
        }
        graph.find(skill, PREF_LABEL, Node.ANY).toList().forEach(graph::delete);
        preferredLabels.forEach((lang, label) -> graph.add(skill, PREF_LABEL, NodeFactory.createLiteralLang(label, lang)));
    }

    /** Removes what the graph says about a node no statement points to any more (a dropped skill, an unused scheme). */
    static void forgetIfUnused(Graph graph, Node node) {
        if (!graph.contains(Node.ANY, Node.ANY, node)) {
            graph.find(node, Node.ANY, Node.ANY).toList().forEach(graph::delete);
        }
    }

    static boolean inSkillNamespace(Node node) {
        return node.isURI() && node.getURI().startsWith(SKILL_NAMESPACE);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
