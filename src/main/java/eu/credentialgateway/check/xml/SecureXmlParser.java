package eu.credentialgateway.check.xml;

import eu.credentialgateway.Finding;
import eu.credentialgateway.ParserMessage;
import eu.credentialgateway.Stage;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML into a DOM with every dangerous feature off: no DTD at all (so no external
 * entity, no entity expansion, no billion laughs), no XInclude, secure processing on and the JDK's
 * element-depth limit set. Only XML 1.0 is accepted. The factory is built once; each thread keeps its own builder.
 */
public final class SecureXmlParser {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String MAX_DEPTH = "jdk.xml.maxElementDepth";
    private static final String XML_1_0 = "1.0";

    private final ThreadLocal<DocumentBuilder> builders;

    public SecureXmlParser(int maxDepth) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(MAX_DEPTH, String.valueOf(maxDepth));
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("this JDK's XML parser cannot be configured securely", e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        factory.setIgnoringComments(true);
        this.builders = ThreadLocal.withInitial(() -> newBuilder(factory));
    }

    /** Parses the text, or returns why it cannot: a finding with the line and column. */
    public Parsed parse(String text) {
        DocumentBuilder builder = builders.get();
        builder.reset();
        builder.setErrorHandler(FAIL_ON_ERROR);
        try {
            Document document = builder.parse(new InputSource(new StringReader(text)));
            if (!XML_1_0.equals(document.getXmlVersion())) {
                // XML 1.1 allows control characters and line ends that every later step (XML 1.0 writers, XPath
                // mappings, the JSON-LD output) cannot carry: refuse it here rather than fail in the mapping
                return new Parsed(null, new Finding(Stage.CHECK, "unsupported-xml-version",
                        "only XML 1.0 is accepted (the declaration says another version)", "line 1"));
            }
            return new Parsed(document, null);
        } catch (SAXParseException e) {
            return new Parsed(null, findingFor(e));
        } catch (SAXException | IOException e) {
            return new Parsed(null, new Finding(Stage.CHECK, "not-well-formed", "the document is not well-formed XML", ""));
        } finally {
            builder.reset();
        }
    }

    private static Finding findingFor(SAXParseException e) {
        String location = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl")) {
            return new Finding(Stage.CHECK, "doctype-forbidden",
                    "a DOCTYPE declaration is not accepted (DTDs and entities are off for safety)", location);
        }
        if (message.contains(MAX_DEPTH) || message.contains("maxElementDepth")) {
            return new Finding(Stage.CHECK, "too-deep", "elements are nested deeper than gateway.check.max-depth", location);
        }
        // The parser's own message describes the syntax error; it names tokens, not element content.
        return new Finding(Stage.CHECK, "not-well-formed", "the document is not well-formed XML: " + ParserMessage.firstLine(message), location);
    }

    private static DocumentBuilder newBuilder(DocumentBuilderFactory factory) {
        try {
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot create an XML parser", e);
        }
    }

    /** The document, or the finding that explains why there is none. */
    public record Parsed(Document document, Finding failure) {
    }

    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings (none are expected without validation) do not stop the parse
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
