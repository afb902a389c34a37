package eu.credentialgateway.align;

import eu.credentialgateway.AlignmentDecision;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Collects the code alignments of one graph as {@link AlignmentDecision}s (kind CODE): one per subject, predicate
 * and code, {@code aligned} to a concept or {@code dropped} with the finding's code. Statements about the learner
 * (the credential subject, any elm:Person, and what hangs from them other than their claims: identifiers,
 * addresses) are left out: a citizenship is personal data, and the receipt holds none.
 */
final class CodeAlignmentLog implements CodeDecisions {
    private static final String ELM = "http://data.europa.eu/snb/model/elm/";
    private static final Node PERSON = NodeFactory.createURI(ELM + "Person");
    private static final Node HAS_CLAIM = NodeFactory.createURI(ELM + "hasClaim");
    private static final Node CREDENTIAL_SUBJECT = NodeFactory.createURI("https://www.w3.org/2018/credentials#credentialSubject");
    private static final int LEARNER_DEPTH = 3;

    private final Set<Node> learner;
    private final Map<String, AlignmentDecision> decisions = new LinkedHashMap<>();

    CodeAlignmentLog(Graph graph) {
        this.learner = learnerNodes(graph);
    }

    @Override
    public void decided(Triple statement, Concept concept, String unknownCode) {
        if (learner.contains(statement.getSubject())) {
            return;
        }
        String code = code(statement.getObject());
        String subject = label(statement.getSubject());
        String property = statement.getPredicate().getURI();
        decisions.computeIfAbsent(subject + ' ' + property + ' ' + code, k -> concept != null
                ? new AlignmentDecision(AlignmentDecision.Kind.CODE, subject, property, code, null, concept.iri().getURI(), null,
                        AlignmentDecision.Decision.ALIGNED, "code-in-table", "vocabulary", List.of(), null)
                : new AlignmentDecision(AlignmentDecision.Kind.CODE, subject, property, code, null, null, null,
                        AlignmentDecision.Decision.DROPPED, unknownCode, "vocabulary", List.of(), null));
    }

    List<AlignmentDecision> decisions() {
        return List.copyOf(decisions.values());
    }

    /** {@code scheme:value} of a placeholder (value decoded), or the IRI itself. */
    private static String code(Node object) {
        String iri = object.isURI() ? object.getURI() : object.toString();
        return iri.startsWith(GraphAligner.PLACEHOLDER) ? GraphAligner.decoded(iri.substring(GraphAligner.PLACEHOLDER.length())) : iri;
    }

    static String label(Node n) {
        return n.isURI() ? n.getURI() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    /** The learner's nodes: persons and credential subjects, and the nodes they reach (not through hasClaim), a few steps deep. */
    static Set<Node> learnerNodes(Graph graph) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> roots = new ArrayDeque<>();
        graph.find(Node.ANY, RDF.type.asNode(), PERSON).forEachRemaining(t -> roots.add(t.getSubject()));
        graph.find(Node.ANY, CREDENTIAL_SUBJECT, Node.ANY).forEachRemaining(t -> roots.add(t.getObject()));
        seen.addAll(roots);
        Deque<Node> todo = roots;
        for (int depth = 0; depth < LEARNER_DEPTH && !todo.isEmpty(); depth++) {
            Deque<Node> next = new ArrayDeque<>();
            for (Node n : todo) {
                for (Triple t : graph.find(n, Node.ANY, Node.ANY).toList()) {
                    Node o = t.getObject();
                    if (!t.getPredicate().equals(HAS_CLAIM) && (o.isBlank() || o.isURI() && o.getURI().startsWith("urn:epass:")) && seen.add(o)) {
                        next.add(o);
                    }
                }
            }
            todo = next;
        }
        return seen;
    }
}
