package eu.credentialgateway.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.ParserMessage;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.adapter.Detection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Names the format of a document the caller did not label, by each adapter's {@link Detection}: XML by its
 * root element (read only up to it; DTDs and external entities off), JSON by its {@code type}/{@code @type}
 * and {@code @context}, anything else as CSV by its header row. No match or several matches are refused
 * (415) with the formats the document could be.
 */
final class FormatDetector {
    private static final int MAX_JSON_DEPTH = 200;
    private final AdapterCatalog adapters;
    private final XMLInputFactory xml;
    private final ObjectMapper json;

    FormatDetector(AdapterCatalog adapters) {
        this.adapters = adapters;
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        this.json = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build()).build());
    }

    List<String> knownFormats() {
        return List.copyOf(adapters.formats());
    }

    /** The format of this content, or null when none is recognised (the pipeline then says why). */
    String detectOrNull(byte[] content) {
        try {
            return detect(content);
        } catch (GatewayException notDetected) {
            return null;
        }
    }

    String detect(byte[] content) {
        int first = firstSignificantByte(content);
        if (first < 0) {
            throw new GatewayException(new Finding(Stage.INGEST, "empty-document", "the document is empty", "/"));
        }
        return switch (content[first]) {
            case '<' -> detectXml(content);
            case '{', '[' -> detectJson(content, first);
            default -> detectCsv(content, first);
        };
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
            String root = "{" + (namespace == null ? "" : namespace) + "}" + local;
            return pick(d -> d.matchesXml(local, namespace), Detection::detectsXml, "the XML root element " + root, "/" + local);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "/" : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            throw new GatewayException(new Finding(Stage.INGEST, "not-well-formed", "the XML prolog cannot be read: " + ParserMessage.firstLine(e.getMessage()), where));
        } finally {
            close(reader);
        }
    }

    private String detectJson(byte[] content, int first) {
        JsonNode body;
        try {
            body = json.readTree(new ByteArrayInputStream(content, first, content.length - first));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "/" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new GatewayException(new Finding(Stage.INGEST, "not-well-formed", "the JSON document cannot be read: " + ParserMessage.firstLine(e.getOriginalMessage()), where));
        } catch (IOException e) {
            throw new GatewayException(new Finding(Stage.INGEST, "not-well-formed", "the JSON document cannot be read", "/"));
        }
        return pick(d -> d.matchesJson(body), Detection::detectsJson,
                body.isArray() ? "the JSON array (no element's type/@type or @context)" : "the JSON document's type/@type or @context", "/");
    }

    private String detectCsv(byte[] content, int first) {
        int end = first;
        while (end < content.length && content[end] != '\n' && content[end] != '\r') {
            end++;
        }
        String headerLine = new String(content, first, end - first, StandardCharsets.UTF_8);
        return pick(d -> d.matchesCsvHeader(CsvHeader.columns(headerLine, d.csvDelimiter())), Detection::detectsCsv,
                "the document's first line (read as a CSV header)", "line 1");
    }

    /** The one adapter whose rule matches, or a 415 naming the candidates. */
    private String pick(Predicate<Detection> matches, Predicate<Detection> applies, String what, String where) {
        List<String> matching = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (Adapter adapter : adapters.all()) {
            if (applies.test(adapter.detection())) {
                candidates.add(adapter.format());
                if (matches.test(adapter.detection())) {
                    matching.add(adapter.format());
                }
            }
        }
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.isEmpty()) {
            throw new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.INGEST, "unknown-format",
                    "no adapter recognises " + what + "; formats detected from this kind of document: " + candidates
                            + "; formats this gateway knows (name one with ?format=): " + String.join(", ", knownFormats()), where)));
        }
        throw new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.INGEST, "ambiguous-format",
                what + " fits several formats: " + matching + "; name one with ?format=", where)));
    }

    private static int firstSignificantByte(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length ? i : -1;
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
