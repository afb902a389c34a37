package eu.credentialgateway.map;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Removes what a mapping produced but the credential does not lead to: statements about nodes that
 * cannot be reached from the credential node (for example the specification of a programme that was
 * not achieved). They would mean nothing in the credential's JSON-LD tree, which starts at its root.
 */
final class UnlinkedNodes {
    private UnlinkedNodes() {
    }

    /** Removes the unreachable statements and returns how many subjects they described. */
    static int prune(Graph graph, Node root) {
        Set<Node> reachable = new HashSet<>();
        Deque<Node> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (reachable.add(node)) {
                graph.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (!t.getObject().isLiteral()) {
                        pending.push(t.getObject());
                    }
                });
            }
        }
        List<Triple> unlinked = graph.find(Node.ANY, Node.ANY, Node.ANY).filterDrop(t -> reachable.contains(t.getSubject())).toList();
        unlinked.forEach(graph::delete);
        return (int) unlinked.stream().map(Triple::getSubject).distinct().count();
    }
}
