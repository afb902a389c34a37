package eu.credentialgateway.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalised JSON document ({@code {gw-id, documents: [...]}}, every object with gw-id, gw-parent and gw-lang, see
 * check/JsonCheck): rules select values with a Jayway JSONPath, as the adapters' check.mark and rules do; a
 * placeholder names a member of the object that holds the value ({@code {gw-id}}, an array element by its index:
 * {@code {gw-sources.0}}), {@code ..} stepping out to the enclosing object ({@code {../gw-id}}).
 */
final class JsonSource implements SourceDocument {
    private static final Configuration PATHS = Configuration.builder().jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.AS_PATH_LIST, Option.ALWAYS_RETURN_LIST, Option.SUPPRESS_EXCEPTIONS).build();
    /** One step of a Jayway normalised path: ['member'] or [index]. */
    private static final Pattern STEP = Pattern.compile("\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(\\d+)\\]");

    private final JsonNode root;

    private JsonSource(JsonNode root) {
        this.root = root;
    }

    static JsonSource parse(byte[] json) throws Exception {
        return new JsonSource(new ObjectMapper().readTree(json));
    }

    @Override
    public List<SourceItem> select(String expression) {
        List<SourceItem> items = new ArrayList<>();
        JsonNode paths = JsonPath.using(PATHS).parse(root).read(expression);
        for (JsonNode path : paths) {
            items.add(item(path.asText()));
        }
        return items;
    }

    /** Walks the path from the root, remembering the objects on the way (the last one holds the value). */
    private Item item(String path) {
        List<JsonNode> objects = new ArrayList<>();
        StringBuilder location = new StringBuilder("$");
        JsonNode node = root;
        Matcher step = STEP.matcher(path);
        while (step.find()) {
            if (node.isObject()) {
                objects.add(node);
            }
            if (step.group(1) != null) {
                node = node.path(step.group(1));
                location.append('.').append(step.group(1));
            } else {
                node = node.path(Integer.parseInt(step.group(2)));
                location.append('[').append(step.group(2)).append(']');
            }
        }
        return new Item(node, objects, location.toString());
    }

    private record Item(JsonNode node, List<JsonNode> objects, String location) implements SourceItem {

        @Override
        public String value() {
            return node.isValueNode() && !node.isNull() ? node.asText().strip().replaceAll("\\s+", " ") : "";
        }

        @Override
        public String language() {
            String lang = owner().path("gw-lang").asText("");
            return lang.isEmpty() ? "und" : lang.toLowerCase(Locale.ROOT);
        }

        /** The JSON check reads no dates: a date value compares by its date part (FieldCoverage). */
        @Override
        public String dateTime() {
            return null;
        }

        @Override
        public String resolve(String placeholder) {
            int level = objects.size() - 1;
            JsonNode at = null;
            for (String part : placeholder.split("/")) {
                if (part.equals("..")) {
                    level--;
                    continue;
                }
                if (at == null) {
                    at = level >= 0 ? objects.get(level) : MissingNode.getInstance();
                }
                for (String member : part.split("\\.")) {
                    at = at.isArray() && member.matches("\\d+") ? at.path(Integer.parseInt(member)) : at.path(member);
                }
            }
            return at != null && at.isValueNode() ? at.asText() : "";
        }

        /** The object that holds the value (the root is an object, so there is always one). */
        private JsonNode owner() {
            return objects.get(objects.size() - 1);
        }
    }
}
