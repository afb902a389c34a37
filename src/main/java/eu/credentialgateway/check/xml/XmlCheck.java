package eu.credentialgateway.check.xml;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.Detection;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.DeclaredLanguage;
import eu.credentialgateway.check.FormatCheck;
import eu.credentialgateway.check.Utf8Text;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The check of any XML adapter but ELMO: UTF-8, well-formed, no DOCTYPE, bounded depth and element count,
 * the root element of {@code xml.root} in a namespace of {@code xml.namespaces} when the adapter names one. Writes the normalised form every generic
 * XML mapping reads: elements and attributes under their LOCAL names (namespaces dropped), XML-signature
 * elements ({@value #XMLDSIG}) removed, comments dropped, and on every element {@code gw-id}
 * ({@code <uuid>} for the root, {@code <uuid>.<i>.<j>} below, 1-based child positions), {@code gw-parent}
 * (the parent's gw-id) and, on elements without element children, {@code gw-lang} (own xml:lang, else own language
 * attribute of {@code xml.language-attributes}, else inherited, else {@code und}). Input attributes named {@code gw-*}
 * are dropped. The document's language ({@link Result#language()}) is found on the way ({@link DocumentLanguage}).
 */
public final class XmlCheck implements FormatCheck {
    static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";
    private final SecureXmlParser parser;
    private final int maxElements;
    private final String root;
    private final Detection detection;
    /** Attributes (local names, no namespace) that declare their element's language besides xml:lang, e.g. EDC 1.x lang. */
    private final List<String> languageAttributes;
    /** Elements (local names) whose text states the document's language, e.g. EDC 1.x primaryLanguage. */
    private final Set<String> languageElements;

    public XmlCheck(Adapter adapter, CheckProperties properties) {
        this.parser = new SecureXmlParser(adapter.intOption("check.max-depth", properties.maxDepth()));
        this.maxElements = adapter.intOption("check.max-elements", properties.maxElements());
        this.root = adapter.detection().xmlRoot();
        this.detection = adapter.detection();
        this.languageAttributes = words(adapter, "xml.language-attributes");
        this.languageElements = Set.copyOf(words(adapter, "xml.language-elements"));
    }

    private static List<String> words(Adapter adapter, String key) {
        return adapter.option(key).map(v -> List.of(v.strip().split("\\s+"))).orElse(List.of()).stream()
                .filter(w -> !w.isEmpty()).toList();
    }

    @Override
    public Result check(byte[] body, String uuid, Long row) {
        Utf8Text.Decoded decoded = Utf8Text.document(body);
        if (decoded.failure() != null) {
            return Result.failed(decoded.failure());
        }
        SecureXmlParser.Parsed parsed = parser.parse(decoded.text());
        if (parsed.failure() != null) {
            return Result.failed(parsed.failure());
        }
        Element element = parsed.document().getDocumentElement();
        if (!root.isEmpty() && !detection.matchesXml(element.getLocalName(), element.getNamespaceURI())) {
            // the namespace too: the mapping reads local names, so a look-alike from another vocabulary would convert
            return Result.failed(new Finding(Stage.CHECK, "wrong-root-element", "the root element must be one of: " + root
                    + ", in " + namespaces(), "/" + element.getLocalName()));
        }
        Writer writer = new Writer(body.length);
        writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.write(element, uuid, null, "und", "/" + element.getLocalName());
        Result result = Result.of(writer.out.toString().getBytes(StandardCharsets.UTF_8), writer.findings);
        return new Result(result.normalised(), result.findings(), result.notes(), writer.language.language());
    }

    private String namespaces() {
        return detection.xmlNamespaces().stream().sorted().map(ns -> ns.isEmpty() ? "no namespace" : ns)
                .collect(java.util.stream.Collectors.joining(" or "));
    }

    private final class Writer {
        final StringBuilder out;
        final List<Finding> findings = eu.credentialgateway.Findings.collector();
        final DocumentLanguage language = new DocumentLanguage();
        int elements;

        Writer(int sizeHint) {
            this.out = new StringBuilder(sizeHint + sizeHint / 2);
        }

        void write(Element element, String id, String parentId, String inheritedLang, String path) {
            if (++elements > maxElements) {
                if (elements == maxElements + 1) {
                    findings.add(new Finding(Stage.CHECK, "too-many-elements", "the document has more elements than gateway.check.max-elements", path));
                }
                return;
            }
            String name = element.getLocalName();
            String own = element.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            language.declared(own);
            String attribute = ownLanguageAttribute(element);
            String lang = own != null && !own.isBlank() ? own.strip() : attribute != null ? attribute : inheritedLang;
            boolean leaf = !hasElementChild(element);
            if (leaf && languageElements.contains(name)) {
                language.stated(element.getTextContent());
            }
            out.append('<').append(name);
            XmlMarkup.attribute(out, "gw-id", id);
            if (parentId != null) {
                XmlMarkup.attribute(out, "gw-parent", parentId);
            }
            copyAttributes(element);
            if (leaf) {
                XmlMarkup.attribute(out, "gw-lang", lang);
            }
            out.append('>');
            if (leaf) {
                XmlMarkup.text(out, element.getTextContent());
            } else {
                children(element, id, lang, path);
            }
            out.append("</").append(name).append('>');
        }

        /** The first of the adapter's language attributes the element has with a language in it, else null. */
        private String ownLanguageAttribute(Element element) {
            for (String attribute : languageAttributes) {
                String declared = element.hasAttributeNS(null, attribute) ? DeclaredLanguage.of(element.getAttributeNS(null, attribute)) : null;
                if (declared != null) {
                    language.declared(declared);
                    return declared;
                }
            }
            return null;
        }

        private void children(Element element, String id, String lang, String path) {
            for (XmlMarkup.Child child : XmlMarkup.children(element, path, node -> !XMLDSIG.equals(node.getNamespaceURI()))) {
                write(child.element(), id + "." + child.position(), id, lang, child.path());
            }
        }

        private void copyAttributes(Element element) {
            NamedNodeMap attributes = element.getAttributes();
            Set<String> written = new HashSet<>();
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attr = (Attr) attributes.item(i);
                    String ns = attr.getNamespaceURI();
                    String local = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
                    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns) || local.startsWith("gw-")) {
                        continue;
                    }
                    if (XMLConstants.XML_NS_URI.equals(ns)) {
                        if (pass == 0 && "lang".equals(local)) {
                            XmlMarkup.attribute(out, "xml:lang", attr.getValue().strip());
                        }
                        continue;
                    }
                    // unqualified attributes first; a namespaced one keeps its local name unless that is taken
                    if ((pass == 0) == (ns == null) && written.add(local)) {
                        XmlMarkup.attribute(out, local, attr.getValue());
                    }
                }
            }
        }


    }

    private static boolean hasElementChild(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && !XMLDSIG.equals(child.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

}
