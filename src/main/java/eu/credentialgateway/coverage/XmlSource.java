package eu.credentialgateway.coverage;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A normalised XML document (ELMO, EDC XML): rules select with XPath 1.0, placeholders are XPath relative to the item. */
final class XmlSource implements SourceDocument {
    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private XmlSource(Document document) {
        this.document = document;
    }

    /** The normalised document is the gateway's own output, but it is parsed as hardened as any input. */
    static XmlSource parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return new XmlSource(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
    }

    @Override
    public List<SourceItem> select(String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<SourceItem> items = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            items.add(new Item(nodes.item(i)));
        }
        return items;
    }

    private final class Item implements SourceItem {
        private final Node node;

        Item(Node node) {
            this.node = node;
        }

        @Override
        public String value() {
            return node.getTextContent().strip().replaceAll("\\s+", " ");
        }

        @Override
        public String location() {
            return XmlSource.location(node);
        }

        /**
         * The language the element declares in a lang attribute (EDC 1.x {@code <text lang="fr">}, read as the
         * mapping reads it), else the gw-lang the check stage gave it (an attribute: its element's).
         */
        @Override
        public String language() {
            String lang = element().getAttribute("lang").strip();
            lang = lang.isEmpty() ? element().getAttribute("gw-lang") : lang;
            return lang.isEmpty() ? "und" : lang.toLowerCase(Locale.ROOT);
        }

        @Override
        public String dateTime() {
            return node instanceof Element e && e.hasAttribute("gw-datetime") ? e.getAttribute("gw-datetime") : null;
        }

        @Override
        public String resolve(String placeholder) throws Exception {
            return xpath.evaluate(placeholder, node);
        }

        private Element element() {
            return node instanceof Attr a ? a.getOwnerElement() : (Element) node;
        }
    }

    /** Element path with 1-based positions among same-named siblings, e.g. /elmo/report[1]/issuer/title[2]. */
    private static String location(Node item) {
        StringBuilder path = new StringBuilder();
        Node n = item;
        if (n instanceof Attr a) {
            path.insert(0, "/@" + a.getName());
            n = a.getOwnerElement();
        }
        for (; n instanceof Element e; n = n.getParentNode()) {
            int index = 1;
            boolean more = false;
            for (Node s = e.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                index += s instanceof Element p && p.getTagName().equals(e.getTagName()) ? 1 : 0;
            }
            for (Node s = e.getNextSibling(); s != null && !more; s = s.getNextSibling()) {
                more = s instanceof Element p && p.getTagName().equals(e.getTagName());
            }
            path.insert(0, "/" + e.getTagName() + (index > 1 || more ? "[" + index + "]" : ""));
        }
        return path.toString();
    }
}
