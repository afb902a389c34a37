package eu.credentialgateway.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.Adapter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Links between objects of a JSON document that a mapping cannot follow (CARML hands each iterated object over
 * alone, and an RML join follows one hop), declared in the adapter's properties and resolved by the check stage
 * on the normalised document. For {@code check.link.<name>.*}:
 * <pre>
 * from       = JSONPath of the referring objects                e.g. $.documents[*].credentialSubject.association[*]
 * ref        = their member holding the id(s) they refer to     e.g. targetId  (a string or an array of strings)
 * to         = JSONPath of the objects that can be referred to  e.g. $.documents[*]..verifiableCredential[*].credentialSubject
 * key        = the member of those holding their id (a.b = member b of member a)   e.g. achievement.id
 * sole       = a note code: when no object's key equals a reference but the document holds exactly ONE object of
 *              {@code to}, that one is taken (a hosted document fetched through a redirect carries another id), with this note
 * unresolved = a rejection code for a reference no object answers (absent: such a reference is left out)
 * </pre>
 * Every referring object gets {@code "gw-<name>": ["<gw-id>", ...]}: the gw-ids of the objects its reference names,
 * in document order (several when ids repeat), so a mapping writes {@code {gw-<name>[*]}} in a template. An object
 * whose {@code ref} member is an object (embedded, not a reference) is skipped.
 */
final class JsonLinks {
    private static final String PREFIX = "check.link.";
    private static final Configuration VALUES = Configuration.builder().jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider()).options(Option.ALWAYS_RETURN_LIST, Option.SUPPRESS_EXCEPTIONS).build();
    private static final Configuration PATHS = VALUES.addOptions(Option.AS_PATH_LIST);

    /** One declared link. */
    record Link(String name, String from, String ref, String to, String[] key, String sole, String unresolved) {
    }

    private final List<Link> links;

    private JsonLinks(List<Link> links) {
        this.links = List.copyOf(links);
    }

    /** The links of an adapter's properties; a missing member or a bad JSONPath fails at start, naming the link. */
    static JsonLinks of(Adapter adapter) {
        Map<String, Map<String, String>> byName = new LinkedHashMap<>();
        adapter.properties().entrySet().stream().filter(e -> e.getKey().startsWith(PREFIX)).sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    String rest = e.getKey().substring(PREFIX.length());
                    int dot = rest.indexOf('.');
                    if (dot < 1) {
                        throw new IllegalStateException(adapter.descriptor() + ": " + e.getKey() + " must be check.link.<name>.<member>");
                    }
                    byName.computeIfAbsent(rest.substring(0, dot), n -> new HashMap<>()).put(rest.substring(dot + 1), e.getValue());
                });
        List<Link> links = new ArrayList<>();
        byName.forEach((name, members) -> {
            for (String required : List.of("from", "ref", "to", "key")) {
                if (members.getOrDefault(required, "").isBlank()) {
                    throw new IllegalStateException(adapter.descriptor() + ": link '" + name + "' needs check.link." + name + "." + required);
                }
            }
            for (String path : List.of(members.get("from"), members.get("to"))) {
                try {
                    JsonPath.compile(path);
                } catch (InvalidPathException e) {
                    throw new IllegalStateException(adapter.descriptor() + ": link '" + name + "' has a bad JSONPath: " + e.getMessage(), e);
                }
            }
            links.add(new Link(name, members.get("from"), members.get("ref"), members.get("to"), members.get("key").split("\\."),
                    blankToNull(members.get("sole")), blankToNull(members.get("unresolved"))));
        });
        return new JsonLinks(links);
    }

    boolean isEmpty() {
        return links.isEmpty();
    }

    /** Adds every link's {@code gw-<name>} members to the normalised document; notes and rejections go to the lists. */
    void addTo(ObjectNode root, List<Finding> notes, List<Finding> rejections) {
        DocumentContext values = JsonPath.using(VALUES).parse(root);
        Map<String, ObjectNode> byGwId = null;
        for (Link link : links) {
            Map<String, List<String>> targetsByKey = new HashMap<>();
            List<String> everyTarget = new ArrayList<>();
            for (JsonNode target : (ArrayNode) values.read(link.to())) {
                JsonNode key = member(target, link.key());
                if (target.isObject() && target.hasNonNull("gw-id")) {
                    everyTarget.add(target.get("gw-id").asText());
                    if (key.isValueNode()) {
                        targetsByKey.computeIfAbsent(key.asText(), k -> new ArrayList<>()).add(target.get("gw-id").asText());
                    }
                }
            }
            ArrayNode referring = values.read(link.from());
            ArrayNode locations = null;
            for (int i = 0; i < referring.size(); i++) {
                JsonNode from = referring.get(i);
                JsonNode ref = from.path(link.ref());
                if (!from.hasNonNull("gw-id") || ref.isObject() || ref.isMissingNode() || ref.isNull()) {
                    continue;
                }
                TreeSet<String> linked = new TreeSet<>(JsonLinks::documentOrder);
                String unresolved = null;
                for (JsonNode id : ref.isArray() ? ref : List.of(ref)) {
                    List<String> found = id.isValueNode() ? targetsByKey.get(id.asText()) : null;
                    if (found != null) {
                        linked.addAll(found);
                    } else if (id.isValueNode() && link.sole() != null && everyTarget.size() == 1) {
                        linked.addAll(everyTarget);
                        locations = locations == null ? JsonPath.using(PATHS).parse(root).read(link.from()) : locations;
                        notes.add(new Finding(Stage.CHECK, link.sole(), "a " + link.ref() + " names no object of the request by its id;"
                                + " the request's only candidate is taken as the one it names", locations.get(i).asText()));
                    } else if (id.isValueNode() && unresolved == null) {
                        unresolved = id.asText();
                    }
                }
                if (unresolved != null && link.unresolved() != null) {
                    locations = locations == null ? JsonPath.using(PATHS).parse(root).read(link.from()) : locations;
                    String url = QuotableUrl.of(unresolved);
                    rejections.add(new Finding(Stage.CHECK, link.unresolved(), "a " + link.ref()
                            + " names no object the request holds (referenced documents are never fetched): send "
                            + (url != null ? "the document at " + url : "it") + " along", locations.get(i).asText()));
                }
                byGwId = byGwId == null ? objectsByGwId(root) : byGwId;
                ObjectNode target = byGwId.get(from.get("gw-id").asText());
                if (target != null) {
                    ArrayNode out = target.putArray("gw-" + link.name());
                    linked.forEach(out::add);
                }
            }
        }
    }

    private static JsonNode member(JsonNode node, String[] path) {
        JsonNode at = node;
        for (String step : path) {
            at = at.path(step);
        }
        return at;
    }

    private static Map<String, ObjectNode> objectsByGwId(JsonNode root) {
        Map<String, ObjectNode> all = new HashMap<>();
        collect(root, all);
        return all;
    }

    private static void collect(JsonNode node, Map<String, ObjectNode> all) {
        if (node instanceof ObjectNode object && object.hasNonNull("gw-id")) {
            all.put(object.get("gw-id").asText(), object);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, all));
        }
    }

    /** gw-ids ({@code <uuid>.1.3.2}) in document order: numerically, step by step. */
    private static int documentOrder(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].equals(y[i]) ? 0 : compareSteps(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSteps(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
