package eu.credentialgateway.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * ELM holds one title, description and legal name per language on a node (the shapes' {@code sh:uniqueLang}), but a
 * valid source document may give two in one language: two ELMO titles with the same {@code xml:lang}, or two without
 * one (both {@code und}). Refusing such a document would refuse a valid credential, and dropping one text would lose
 * it, so the texts of one node, property and language are joined into one, sorted (a graph keeps no document order),
 * titles and names with {@code " / "}, descriptions with a blank line; the map stage notes where.
 */
final class SameLanguageTexts {
    private static final Map<Node, String> JOINERS = Map.of(
            Elm.dc("title"), " / ",
            Elm.dc("description"), "\n\n",
            Elm.uri("http://www.w3.org/ns/regorg#legalName"), " / ");

    private SameLanguageTexts() {
    }

    /** Joins the texts that share node, property and language; returns where it did ({@code <node> <property>}), sorted. */
    static List<String> join(Graph graph) {
        List<String> joined = new ArrayList<>();
        for (Map.Entry<Node, String> property : JOINERS.entrySet()) {
            Map<String, List<Triple>> groups = new TreeMap<>();
            graph.find(Node.ANY, property.getKey(), Node.ANY).forEachRemaining(t -> {
                Node text = t.getObject();
                if (text.isLiteral() && !text.getLiteralLanguage().isEmpty()) {
                    String key = t.getSubject() + " " + text.getLiteralLanguage().toLowerCase(Locale.ROOT);
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
                }
            });
            for (List<Triple> group : groups.values()) {
                if (group.size() > 1) {
                    Triple first = group.get(0);
                    String text = String.join(property.getValue(), group.stream()
                            .map(t -> t.getObject().getLiteralLexicalForm()).distinct().sorted().toList());
                    group.forEach(graph::delete);
                    graph.add(Triple.create(first.getSubject(), first.getPredicate(),
                            NodeFactory.createLiteralLang(text, first.getObject().getLiteralLanguage())));
                    joined.add(first.getSubject() + " " + property.getKey().getLocalName());
                }
            }
        }
        return joined.stream().sorted().toList();
    }
}
