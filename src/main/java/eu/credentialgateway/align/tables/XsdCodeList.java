package eu.credentialgateway.align.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An ELM controlled vocabulary as published in the ELM repository's {@code xsd/loq/cv/*.xsd}: the
 * target namespace is the concept scheme, each {@code xs:enumeration} a concept with its English label.
 */
record XsdCodeList(String schemeIri, Map<String, String> englishLabels) {
    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    static XsdCodeList read(Path xsd) throws IOException {
        Document doc = SafeXml.parse(xsd);
        String scheme = doc.getDocumentElement().getAttribute("targetNamespace");
        Map<String, String> labels = new LinkedHashMap<>();
        NodeList enums = doc.getElementsByTagNameNS(XS, "enumeration");
        for (int i = 0; i < enums.getLength(); i++) {
            Element e = (Element) enums.item(i);
            NodeList docs = e.getElementsByTagNameNS(XS, "documentation");
            String label = docs.getLength() == 0 ? "" : docs.item(0).getTextContent();
            labels.put(e.getAttribute("value").strip(), label == null ? "" : label.strip());
        }
        return new XsdCodeList(scheme, labels);
    }

    /** The table name: the scheme's path segment ({@code snb/eqf/25831c2} -> eqf, {@code authority/country} -> country). */
    String tableName() {
        String s = schemeIri.endsWith("/25831c2") ? schemeIri.substring(0, schemeIri.length() - "/25831c2".length()) : schemeIri;
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
