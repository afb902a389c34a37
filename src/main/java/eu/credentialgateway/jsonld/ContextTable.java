package eu.credentialgateway.jsonld;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON-LD context written as a term table ({@code ontologies/context/*.terms}), and the context documents made
 * from it. One table can make several published versions of a context: a line tagged {@code [3.0.3]} belongs only
 * to the document of that tag. The format (see {@code ontologies/context/README.md}):
 * <pre>
 * &#64;document &lt;url&gt; [tag] [protected]   a document this table makes
 * &#64;prefix &lt;name&gt; &lt;iri&gt;               an abbreviation of the table, expanded when documents are made
 * term  iri  [&#64;id|&#64;vocab|&#64;json|^datatype] [set|list|graph] [{protected}|{open}|{bare}|{bare-protected}|{null}] [[tag]]
 *   scoped-term ...                    two more spaces: a term of the scoped context of the line above
 * </pre>
 * A scope {@code {protected}} is {@code @protected} with the {@code id}/{@code type} aliases, {@code {open}} the
 * aliases only, {@code {bare}} neither, {@code {bare-protected}} {@code @protected} only, {@code {null}} a
 * {@code "@context": null}. Lines starting with {@code #} are comments.
 */
final class ContextTable {
    private record Line(int depth, String term, String iri, String type, String container, String scope, Set<String> tags,
                        int number) {
    }

    private record Target(URI url, String tag, boolean protect) {
    }

    private ContextTable() {
    }

    /** The documents {@code table} makes, by their URL, each {@code {"@context": {...}}}. */
    static Map<URI, JsonObject> documents(Path table) {
        List<String> text;
        try {
            text = Files.readAllLines(table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON-LD term table " + table, e);
        }
        try {
            return documents(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(table + ": " + e.getMessage(), e);
        }
    }

    static Map<URI, JsonObject> documents(List<String> text) {
        Map<String, String> prefixes = new HashMap<>();
        List<Target> targets = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (int n = 0; n < text.size(); n++) {
            String raw = text.get(n);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tokens = line.split("\\s+");
            if (tokens[0].equals("@document")) {
                Set<String> rest = new HashSet<>(List.of(tokens).subList(2, tokens.length));
                boolean protect = rest.remove("protected");
                targets.add(new Target(URI.create(tokens[1]), rest.isEmpty() ? "" : rest.iterator().next(), protect));
            } else if (tokens[0].equals("@prefix")) {
                prefixes.put(tokens[1], tokens[2]);
            } else {
                lines.add(line(raw, tokens, n + 1));
            }
        }
        Map<URI, JsonObject> documents = new LinkedHashMap<>();
        for (Target target : targets) {
            List<Line> own = lines.stream().filter(l -> l.tags().isEmpty() || l.tags().contains(target.tag())).toList();
            JsonObjectBuilder context = Json.createObjectBuilder();
            if (target.protect()) {
                context.add("@protected", true);
            }
            int[] next = {0};
            terms(own, 0, next, context, prefixes);
            documents.put(target.url(), Json.createObjectBuilder().add("@context", context).build());
        }
        return documents;
    }

    private static Line line(String raw, String[] tokens, int number) {
        int indent = raw.length() - raw.stripLeading().length();
        if (indent % 2 != 0 || tokens.length < 2) {
            throw new IllegalArgumentException("line " + number + ": expected 'term iri [options]', indented by two spaces a level");
        }
        String type = null;
        String container = null;
        String scope = null;
        Set<String> tags = new HashSet<>();
        for (int i = 2; i < tokens.length; i++) {
            String option = tokens[i];
            if (option.startsWith("^")) {
                type = option.substring(1);
            } else if (option.equals("@id") || option.equals("@vocab") || option.equals("@json")) {
                type = option;
            } else if (option.equals("set") || option.equals("list") || option.equals("graph")) {
                container = "@" + option;
            } else if (option.startsWith("{") && option.endsWith("}")) {
                scope = option.substring(1, option.length() - 1);
            } else if (option.startsWith("[") && option.endsWith("]")) {
                tags.add(option.substring(1, option.length() - 1));
            } else {
                throw new IllegalArgumentException("line " + number + ": unknown option " + option);
            }
        }
        return new Line(indent / 2, tokens[0], tokens[1], type, container, scope, Set.copyOf(tags), number);
    }

    /** Adds the lines at {@code depth} from {@code next[0]} on (and their scopes) to {@code context}. */
    private static void terms(List<Line> lines, int depth, int[] next, JsonObjectBuilder context, Map<String, String> prefixes) {
        Set<String> seen = new HashSet<>();
        while (next[0] < lines.size() && lines.get(next[0]).depth() >= depth) {
            Line line = lines.get(next[0]++);
            if (line.depth() > depth) {
                throw new IllegalArgumentException("line " + line.number() + ": indented under a term without a {scope}");
            }
            if (!seen.add(line.term())) {
                throw new IllegalArgumentException("line " + line.number() + ": term " + line.term() + " defined twice");
            }
            String iri = expand(line.iri(), prefixes);
            if (line.type() == null && line.container() == null && line.scope() == null) {
                context.add(line.term(), iri);
                continue;
            }
            JsonObjectBuilder definition = Json.createObjectBuilder().add("@id", iri);
            if (line.type() != null) {
                definition.add("@type", line.type().startsWith("@") ? line.type() : expand(line.type(), prefixes));
            }
            if (line.container() != null) {
                definition.add("@container", line.container());
            }
            if (line.scope() != null) {
                definition.add("@context", scope(line, lines, depth + 1, next, prefixes));
            }
            context.add(line.term(), definition);
        }
    }

    private static JsonValue scope(Line owner, List<Line> lines, int depth, int[] next, Map<String, String> prefixes) {
        JsonObjectBuilder scoped = Json.createObjectBuilder();
        switch (owner.scope()) {
            case "null" -> {
                return JsonValue.NULL;
            }
            case "protected" -> scoped.add("@protected", true).add("id", "@id").add("type", "@type");
            case "open" -> scoped.add("id", "@id").add("type", "@type");
            case "bare-protected" -> scoped.add("@protected", true);
            case "bare" -> {
            }
            default -> throw new IllegalArgumentException("line " + owner.number() + ": unknown scope {" + owner.scope() + "}");
        }
        terms(lines, depth, next, scoped, prefixes);
        return scoped.build();
    }

    private static String expand(String iri, Map<String, String> prefixes) {
        int colon = iri.indexOf(':');
        if (colon > 0 && !iri.startsWith("@")) {
            String base = prefixes.get(iri.substring(0, colon));
            if (base != null) {
                return base + iri.substring(colon + 1);
            }
        }
        return iri;
    }
}
