package eu.credentialgateway.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How one adapter recognises its documents when the caller names no format ({@code mappings/<f>.adapter.properties}):
 * <ul>
 *   <li>xml: {@code xml.root} (local name of the root element) and {@code xml.namespaces} (space-separated,
 *       {@code -} = no namespace; absent = no namespace);</li>
 *   <li>json: {@code json.types} (the root object's {@code type} or {@code @type} holds one of them) and/or
 *       {@code json.contexts} (an {@code @context} URL contains one of them); when both are given both must hold;
 *       for a JSON array body, one element must satisfy them;</li>
 *   <li>csv: {@code csv.header} (the first row holds all these column names) split by {@code csv.delimiter} (default {@code ,}).</li>
 * </ul>
 * An adapter without a rule for the document's syntax is never detected: the caller must name it.
 */
public record Detection(String xmlRoot, Set<String> xmlNamespaces, Set<String> jsonTypes, List<String> jsonContexts,
                        Set<String> csvHeader, char csvDelimiter) {
    /** In {@code xml.namespaces}: the root element has no namespace. */
    public static final String NO_NAMESPACE = "-";

    public Detection {
        xmlNamespaces = Set.copyOf(xmlNamespaces);
        jsonTypes = Set.copyOf(jsonTypes);
        jsonContexts = List.copyOf(jsonContexts);
        csvHeader = Set.copyOf(csvHeader);
    }

    public boolean detectsXml() {
        return !xmlRoot.isEmpty();
    }

    public boolean detectsJson() {
        return !jsonTypes.isEmpty() || !jsonContexts.isEmpty();
    }

    public boolean detectsCsv() {
        return !csvHeader.isEmpty();
    }

    /** Whether the root element (namespace null or "" for none) is this format's. */
    public boolean matchesXml(String rootLocalName, String rootNamespace) {
        return detectsXml() && xmlRoot.equals(rootLocalName) && xmlNamespaces.contains(rootNamespace == null ? "" : rootNamespace);
    }

    /** Whether the JSON body (an object, or an array of objects) is this format's. */
    public boolean matchesJson(JsonNode body) {
        if (!detectsJson() || body == null) {
            return false;
        }
        if (body.isArray()) {
            for (JsonNode element : body) {
                if (matchesJsonObject(element)) {
                    return true;
                }
            }
            return false;
        }
        return matchesJsonObject(body);
    }

    /** Whether the first row's column names hold every name of {@code csv.header}. */
    public boolean matchesCsvHeader(Collection<String> columns) {
        return detectsCsv() && columns.containsAll(csvHeader);
    }

    private boolean matchesJsonObject(JsonNode object) {
        if (object == null || !object.isObject()) {
            return false;
        }
        boolean typeOk = jsonTypes.isEmpty() || anyText(object.get("type"), jsonTypes::contains) || anyText(object.get("@type"), jsonTypes::contains);
        boolean contextOk = jsonContexts.isEmpty() || anyText(object.get("@context"), url -> jsonContexts.stream().anyMatch(url::contains));
        return typeOk && contextOk;
    }

    private static boolean anyText(JsonNode node, java.util.function.Predicate<String> test) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return test.test(node.asText());
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isTextual() && test.test(item.asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
