package eu.credentialgateway.check.xml;

import java.util.function.Predicate;
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

    /** Whether an element of the same local name that {@code counts} follows {@code node}: its XPath then needs an index. */
    public static boolean hasLaterSibling(Node node, String localName, Predicate<Node> counts) {
        for (Node next = node.getNextSibling(); next != null; next = next.getNextSibling()) {
            if (next.getNodeType() == Node.ELEMENT_NODE && localName.equals(next.getLocalName()) && counts.test(next)) {
                return true;
            }
        }
        return false;
    }
}
