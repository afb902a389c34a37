package eu.credentialgateway.check.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure rules of one JSON format, read from {@code mappings/<format>.rules.properties}: one
 * {@code key = value} per line, {@code #} comments, no escapes (so regular expressions stay as written),
 * rules checked in file order:
 * <pre>
 * &lt;code&gt;.forbid[.n] = JSONPath   every node it selects is a problem (location = that node's path)
 * &lt;code&gt;.require[.n] = JSONPath  a problem when it selects nothing (location = the path)
 * &lt;code&gt;.message = text          what people read (never quote the document: it may hold learner data); the
 *                                   one exception, {@code {member}}, is that member of the node a forbid rule selects
 *                                   when it is a web address (a hosted document to send along), see {@link QuotableUrl}
 * &lt;code&gt;.note = true             a warning kept with the input, not a rejection
 * </pre>
 * Paths run over {@code {"documents": [ ... ]}} (the body, or each element of a JSON array body), like the
 * mapping; every {@code type}/{@code @type} string is read as a one-element array, so {@code anyof} /
 * {@code noneof} work whatever form the document chose. {@code ${now}} in a path is the current instant
 * ({@code 2026-01-01T00:00:00Z}), compared as text with ISO dates.
 */
final class JsonRules {
    /** One rule: a code, its paths, and what kind of problem a match is. */
    record Rule(String code, List<String> forbid, List<String> require, String message, boolean note) {
    }

    private static final Configuration PATHS = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS, Option.ALWAYS_RETURN_LIST)
            .build();

    private static final Configuration VALUES = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.SUPPRESS_EXCEPTIONS, Option.ALWAYS_RETURN_LIST)
            .build();
    private static final java.util.regex.Pattern MEMBER = java.util.regex.Pattern.compile("\\{([A-Za-z@][A-Za-z0-9_@:-]*)}");

    private final List<Rule> rules;

    JsonRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads and compiles a rules file; a bad path fails at start, naming the file and the rule. */
    static JsonRules read(Path file) {
        Map<String, List<String>> forbid = new LinkedHashMap<>();
        Map<String, List<String>> require = new LinkedHashMap<>();
        Map<String, String> message = new LinkedHashMap<>();
        Map<String, Boolean> note = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (String raw : lines) {
            String line = raw.strip();
            int eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            String[] parts = key.split("\\.");
            String code = parts[0];
            if (!order.contains(code)) {
                order.add(code);
            }
            switch (parts.length > 1 ? parts[1] : "") {
                case "forbid" -> forbid.computeIfAbsent(code, c -> new ArrayList<>()).add(compiled(file, code, value));
                case "require" -> require.computeIfAbsent(code, c -> new ArrayList<>()).add(compiled(file, code, value));
                case "message" -> message.put(code, value);
                case "note" -> note.put(code, Boolean.parseBoolean(value));
                default -> throw new IllegalStateException(file + ": unknown key '" + key + "'");
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (String code : order) {
            rules.add(new Rule(code, forbid.getOrDefault(code, List.of()), require.getOrDefault(code, List.of()),
                    message.getOrDefault(code, code), note.getOrDefault(code, false)));
        }
        return new JsonRules(rules);
    }

    private static String compiled(Path file, String code, String path) {
        try {
            JsonPath.compile(path.replace("${now}", "2000-01-01T00:00:00Z"));
            return path;
        } catch (InvalidPathException e) {
            throw new IllegalStateException(file + ": rule '" + code + "' has a bad JSONPath: " + e.getMessage(), e);
        }
    }

    /** Every rule's findings on this body (a JSON value already parsed), in rule order. */
    List<Finding> check(JsonNode body, String now) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode documents = root.putArray("documents");
        if (body.isArray()) {
            body.forEach(d -> documents.add(d.deepCopy()));
        } else {
            documents.add(body.deepCopy());
        }
        typesAsArrays(root);
        contextEntriesAsText(root);
        List<Finding> findings = eu.credentialgateway.Findings.collector();
        for (Rule rule : rules) {
            for (String path : rule.forbid()) {
                for (String hit : select(root, path, now)) {
                    findings.add(new Finding(Stage.CHECK, rule.code(), message(rule.message(), root, hit), hit));
                }
            }
            for (String path : rule.require()) {
                if (select(root, path, now).isEmpty()) {
                    findings.add(new Finding(Stage.CHECK, rule.code(), rule.message(), path));
                }
            }
        }
        return findings;
    }

    /** The message with each {@code {member}} replaced by that member of the selected node, when it is a quotable URL. */
    private static String message(String template, JsonNode root, String hit) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        JsonNode node = null;
        try {
            JsonNode found = JsonPath.using(VALUES).parse(root).read(hit);
            node = found != null && found.size() == 1 ? found.get(0) : null;
        } catch (com.jayway.jsonpath.JsonPathException unreadable) {
            // the location stays; the message says "its URL" instead
        }
        java.util.regex.Matcher member = MEMBER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (member.find()) {
            JsonNode value = node == null ? null : node.get(member.group(1));
            String url = value != null && value.isTextual() ? QuotableUrl.of(value.asText()) : null;
            member.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(url != null ? url : "(its URL)"));
        }
        member.appendTail(out);
        return out.toString();
    }

    boolean isNote(String code) {
        return rules.stream().anyMatch(r -> r.code().equals(code) && r.note());
    }

    private static List<String> select(JsonNode root, String path, String now) {
        JsonNode hits;
        try {
            hits = JsonPath.using(PATHS).parse(root).read(path.replace("${now}", now));
        } catch (com.jayway.jsonpath.JsonPathException cannotEvaluate) {
            // a document shaped so that a rule cannot be evaluated on it breaks the rule (never passes it unchecked)
            return List.of("$");
        }
        List<String> paths = new ArrayList<>();
        if (hits != null) {
            hits.forEach(h -> paths.add(h.asText()));
        }
        return paths;
    }

    /**
     * JSON-LD 1.1 lets a {@code @context} entry be an object (a local context, {@code @import}, {@code @protected}); the
     * rules compare entries with text patterns, so here (in the rules' own copy) such an entry is its JSON text.
     */
    private static void contextEntriesAsText(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("@context") instanceof ArrayNode contexts) {
                for (int i = 0; i < contexts.size(); i++) {
                    if (contexts.get(i).isContainerNode()) {
                        contexts.set(i, JsonNodeFactory.instance.textNode(contexts.get(i).toString()));
                    }
                }
            }
            object.elements().forEachRemaining(JsonRules::contextEntriesAsText);
        } else if (node instanceof ArrayNode array) {
            array.forEach(JsonRules::contextEntriesAsText);
        }
    }

    private static void typesAsArrays(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String key : new String[] {"type", "@type"}) {
                JsonNode type = object.get(key);
                if (type != null && type.isTextual()) {
                    object.putArray(key).add(type.asText());
                }
            }
            Iterator<JsonNode> children = object.elements();
            while (children.hasNext()) {
                typesAsArrays(children.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(JsonRules::typesAsArrays);
        }
    }
}
