package eu.credentialgateway.align;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One controlled-vocabulary concept as the align stage writes it: its IRI, its scheme and its
 * prefLabels, all as ready-made Jena nodes so that aligning a credential allocates no new ones.
 */
public record Concept(Node iri, Node scheme, List<Node> prefLabels) {
    public Concept {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(scheme, "scheme");
        prefLabels = List.copyOf(prefLabels);
    }

    /** The label in one language, if the table has one. */
    public String label(String lang) {
        for (Node l : prefLabels) {
            if (l.getLiteralLanguage().equalsIgnoreCase(lang)) {
                return l.getLiteralLexicalForm();
            }
        }
        return null;
    }
}
