package eu.credentialgateway.ingest;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Names the format of a document the caller did not label: reads XML only up to its root element
 * (DTDs and external entities off) and asks each adapter's {@link DetectionRule}.
 */
final class FormatDetector {
    private final List<DetectionRule> rules;
    private final XMLInputFactory xml;

    FormatDetector(List<DetectionRule> rules) {
        this.rules = List.copyOf(rules);
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    List<String> knownFormats() {
        return rules.stream().map(DetectionRule::format).sorted().toList();
    }

    String detect(byte[] content) {
        int first = firstSignificantByte(content);
        if (first < 0) {
            throw new GatewayException(new Finding(Stage.INGEST, "empty-document", "the document is empty", "/"));
        }
        if (content[first] == '<') {
            return detectXml(content);
        }
        throw unknown("the document is neither XML nor a format an adapter recognises", "/");
    }

    private String detectXml(byte[] content) {
        XMLStreamReader reader = null;
        try {
            reader = xml.createXMLStreamReader(new ByteArrayInputStream(content));
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog: declaration, comments, processing instructions, DOCTYPE (not expanded)
            }
            if (!reader.isStartElement()) {
                throw new GatewayException(new Finding(Stage.INGEST, "not-well-formed", "the XML document has no root element", "/"));
            }
            String local = reader.getLocalName();
            String namespace = reader.getNamespaceURI();
            List<String> matches = rules.stream().filter(r -> r.matchesXml(local, namespace)).map(DetectionRule::format).toList();
            if (matches.size() == 1) {
                return matches.get(0);
            }
            String root = "{" + (namespace == null ? "" : namespace) + "}" + local;
            throw matches.isEmpty()
                    ? unknown("no adapter recognises the XML root element " + root, "/" + local)
                    : new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.INGEST, "ambiguous-format",
                            "the XML root element " + root + " fits several formats: " + matches + "; name one with ?format=", "/" + local)));
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "/" : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            throw new GatewayException(new Finding(Stage.INGEST, "not-well-formed", "the XML prolog cannot be read: " + firstLine(e.getMessage()), where));
        } finally {
            close(reader);
        }
    }

    private GatewayException unknown(String why, String where) {
        String known = knownFormats().stream().collect(Collectors.joining(", "));
        return new GatewayException(Rejection.UNSUPPORTED_FORMAT,
                List.of(new Finding(Stage.INGEST, "unknown-format", why + "; formats this gateway knows: " + known, where)));
    }

    private static int firstSignificantByte(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length ? i : -1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().reduce((a, b) -> b).orElse(message);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was opened that needs releasing: the stream is in memory
            }
        }
    }
}
