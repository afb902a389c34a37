package eu.credentialgateway.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import eu.credentialgateway.adapter.Adapter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Marks the JSON objects a JSONPath selects, declared in the adapter's properties as {@code check.mark.<name> = <JSONPath>}:
 * each selected object gets {@code "gw-<name>": true} in the normalised document, so a mapping selects them with
 * {@code [?(@.gw-<name>)]}. It exists because the mapping's JSONPath (JsonSurfer, inside CARML) can neither negate
 * a test nor test absence: "an alignment with no targetType, or one that is not ext:EQF" cannot be written there,
 * while the check's JSONPath (Jayway) writes it as {@code [?(@.targetType nin ['ext:EQF'])]}.
 */
final class JsonMarks {
    private static final String PREFIX = "check.mark.";
    private static final Configuration NODES = Configuration.builder().jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider()).options(Option.ALWAYS_RETURN_LIST, Option.SUPPRESS_EXCEPTIONS).build();

    private final Map<String, JsonPath> marks;

    private JsonMarks(Map<String, JsonPath> marks) {
        this.marks = Map.copyOf(marks);
    }

    /** The marks of an adapter's properties; a bad name or JSONPath fails at start, naming the mark. */
    static JsonMarks of(Adapter adapter) {
        Map<String, JsonPath> marks = new LinkedHashMap<>();
        adapter.properties().forEach((key, path) -> {
            if (!key.startsWith(PREFIX)) {
                return;
            }
            String name = key.substring(PREFIX.length());
            if (!name.matches("[a-z][a-z0-9-]{0,39}")) {
                throw new IllegalStateException(adapter.descriptor() + ": " + key + " must be check.mark.<name> (lower-case letters, digits, -)");
            }
            try {
                marks.put(name, JsonPath.compile(path));
            } catch (InvalidPathException | IllegalArgumentException e) {
                throw new IllegalStateException(adapter.descriptor() + ": mark '" + name + "' has a bad JSONPath: " + e.getMessage(), e);
            }
        });
        return new JsonMarks(marks);
    }

    boolean isEmpty() {
        return marks.isEmpty();
    }

    /** Adds {@code "gw-<name>": true} to every object each mark's JSONPath selects in the normalised document. */
    void addTo(ObjectNode root) {
        Map<String, ObjectNode> byGwId = new HashMap<>();
        collect(root, byGwId);
        marks.forEach((name, path) -> {
            for (JsonNode selected : (ArrayNode) JsonPath.using(NODES).parse(root).read(path)) {
                ObjectNode target = selected.hasNonNull("gw-id") ? byGwId.get(selected.get("gw-id").asText()) : null;
                if (target != null) {
                    target.put("gw-" + name, true);
                }
            }
        });
    }

    private static void collect(JsonNode node, Map<String, ObjectNode> all) {
        if (node instanceof ObjectNode object && object.hasNonNull("gw-id")) {
            all.put(object.get("gw-id").asText(), object);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, all));
        }
    }
}
