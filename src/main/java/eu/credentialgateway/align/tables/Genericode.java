package eu.credentialgateway.align.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Rows of an OASIS Genericode code list (the eForms SDK's {@code codelists/*.gc}), as column id -> value. */
final class Genericode {
    private Genericode() {
    }

    static List<Map<String, String>> rows(Path gc) throws IOException {
        Document doc = SafeXml.parse(gc);
        NodeList rows = doc.getElementsByTagName("Row");
        List<Map<String, String>> out = new ArrayList<>(rows.getLength());
        for (int i = 0; i < rows.getLength(); i++) {
            Map<String, String> row = new LinkedHashMap<>();
            NodeList values = ((Element) rows.item(i)).getElementsByTagName("Value");
            for (int j = 0; j < values.getLength(); j++) {
                Element v = (Element) values.item(j);
                row.put(v.getAttribute("ColumnRef"), v.getTextContent().strip());
            }
            out.add(row);
        }
        return out;
    }
}
