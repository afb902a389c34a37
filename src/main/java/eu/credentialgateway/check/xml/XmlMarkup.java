package eu.credentialgateway.check.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writing the normalised XML by hand (a StringBuilder is several times faster than a Transformer here). */
public final class XmlMarkup {
    private XmlMarkup() {
    }

    /** Appends {@code name="value"} with a leading space, escaped so the value survives re-parsing unchanged. */
    public static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /** Appends character data, escaped. */
    public static void text(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }

    /** An element child as the normalisers write it: its position among all element children (1-based) and its path. */
    public record Child(Element element, int position, String path) {
    }

    /**
     * The element children of {@code parent} that {@code counts} keeps, in order, each with its position among all
     * element children (kept or not, as the written ids count them) and its path below {@code path}: {@code /name},
     * with {@code [n]} when a kept sibling has the same name.
     */
    public static List<Child> children(Element parent, String path, Predicate<Node> counts) {
        List<Child> children = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int position = 0;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            position++;
            if (!counts.test(child)) {
                continue;
            }
            String name = child.getLocalName();
            int index = seen.merge(name, 1, Integer::sum);
            boolean repeated = index > 1 || hasLaterSibling(child, name, counts);
            children.add(new Child((Element) child, position, path + "/" + name + (repeated ? "[" + index + "]" : "")));
        }
        return children;
    }

    /** Whether an element of the same local name that {@code counts} follows {@code node}: its XPath then needs an index. */
    private static boolean hasLaterSibling(Node node, String localName, Predicate<Node> counts) {
        for (Node next = node.getNextSibling(); next != null; next = next.getNextSibling()) {
            if (next.getNodeType() == Node.ELEMENT_NODE && localName.equals(next.getLocalName()) && counts.test(next)) {
                return true;
            }
        }
        return false;
    }
}
