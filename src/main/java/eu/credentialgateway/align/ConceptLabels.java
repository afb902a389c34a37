package eu.credentialgateway.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * A concept table's prefLabels in every language it has, as {@link LabelKey}s, so that a name found in a
 * source document ("Computer use", "Computernutzung", "Utilisation d'un ordinateur") finds its concept. A
 * label also counts without a trailing bracketed abbreviation ("... (ICTs)"). When concepts of one branch
 * share a label (ISCED-F's broad field 01 and narrow field 011 are both "Education"; their IRIs nest), the
 * label names the most specific of them; a label shared across branches is ambiguous. Built once, immutable.
 */
final class ConceptLabels {
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private final Map<String, List<Concept>> byKey;

    private ConceptLabels(Map<String, List<Concept>> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    static ConceptLabels of(ConceptTable table) {
        Map<String, Set<Concept>> keys = new HashMap<>();
        for (Concept c : table.byIri().values()) {
            for (Node label : c.prefLabels()) {
                String text = label.getLiteralLexicalForm();
                for (String variant : List.of(text, TRAILING_BRACKETS.matcher(text).replaceAll(""))) {
                    String key = LabelKey.of(variant);
                    if (!key.isEmpty()) {
                        keys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c);
                    }
                }
            }
        }
        Map<String, List<Concept>> out = new HashMap<>();
        keys.forEach((k, v) -> out.put(k, mostSpecificOfOneBranch(v)));
        return new ConceptLabels(out);
    }

    /** The one concept whose IRI has every other one as its prefix (01, 011 -> 011), or all of them when there is none. */
    private static List<Concept> mostSpecificOfOneBranch(Set<Concept> concepts) {
        Concept longest = null;
        for (Concept c : concepts) {
            if (longest == null || c.iri().getURI().length() > longest.iri().getURI().length()) {
                longest = c;
            }
        }
        String deepest = longest.iri().getURI();
        boolean nested = concepts.stream().allMatch(c -> deepest.startsWith(c.iri().getURI()));
        return nested ? List.of(longest) : List.copyOf(concepts);
    }

    /** The concepts one of whose labels equals the name after normalisation: none, one, or several (ambiguous). */
    List<Concept> named(String name) {
        return byKey.getOrDefault(LabelKey.of(name), List.of());
    }

    /** Every normalised label that names more than one concept. */
    List<String> ambiguousKeys() {
        List<String> out = new ArrayList<>();
        byKey.forEach((k, v) -> {
            if (v.size() > 1) {
                out.add(k);
            }
        });
        return out;
    }
}
