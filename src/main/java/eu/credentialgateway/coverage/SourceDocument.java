package eu.credentialgateway.coverage;

import java.util.List;

/**
 * The check stage's normalised document, queried by the rules' {@code select} expressions: XPath 1.0 for XML
 * formats (ELMO, EDC XML), JSONPath for JSON formats (Open Badges, CLR). The normalised form says which it is.
 */
interface SourceDocument {

    List<SourceItem> select(String expression) throws Exception;

    static SourceDocument parse(byte[] normalised) throws Exception {
        for (byte b : normalised) {
            if (!Character.isWhitespace(b)) {
                return b == '{' ? JsonSource.parse(normalised) : XmlSource.parse(normalised);
            }
        }
        return XmlSource.parse(normalised);
    }
}
