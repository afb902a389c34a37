package eu.credentialgateway.check.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.credentialgateway.Finding;
import eu.credentialgateway.ParserMessage;
import eu.credentialgateway.SoundText;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.DeclaredLanguage;
import eu.credentialgateway.check.FormatCheck;
import eu.credentialgateway.check.Utf8Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The check of every JSON adapter: UTF-8 only, a bounded parse (nesting depth {@code check.max-depth}, string length
 * {@code check.max-string-length}, key length {@code check.max-key-length}, document size {@code check.max-document-length},
 * numbers bounded as {@link eu.credentialgateway.BoundedNumbers} says, else {@code number-out-of-range}), every string and key
 * sound text ({@link SoundText}, else {@code invalid-text}), duplicate keys rejected, a body
 * that is one JSON object or an array of objects. Writes the normalised form the JSON mappings read:
 * {@code {"gw-id": "<uuid>", "documents": [<doc>, ...]}} where every object at any depth carries
 * {@code "gw-id": "<uuid>.<path>"} (1-based positions of the members and elements that lead to it; a document
 * is {@code <uuid>.<n>}), {@code "gw-parent"} (the enclosing object's gw-id; a document's is {@code <uuid>}) and
 * {@code "gw-lang"} (the language the object declares, else the enclosing object's, else the document's, else
 * {@code und}), so a mapping tags texts with {@code rml:languageMap [ rml:reference "gw-lang" ]} without needing a
 * filter on absence. An object declares a language by a JSON-LD {@code @language} of its own or of its
 * {@code @context}, or by a member the adapter names in {@code json.language-members} (OB 3.0 {@code inLanguage});
 * the document's language is the first one the body declares, in document order, and is the check's
 * {@link Result#language()} ({@code und} when none is declared).
 * Input keys named {@code gw-*} are dropped. Then the adapter's {@code check.mark.*} marks are set ({@link JsonMarks}: a
 * selected object gets {@code "gw-<name>": true}) and its {@code check.link.*} links resolved ({@link JsonLinks}):
 * a referring object gets {@code "gw-<name>": [<gw-ids of the objects it names>]}.
 * Syntax findings carry {@code line L, column C}; structure findings a JSON Pointer or a JSONPath.
 */
public final class JsonCheck implements FormatCheck {
    /** The code of a number beyond the bounds of {@link eu.credentialgateway.BoundedNumbers}. */
    static final String NUMBER_OUT_OF_RANGE = "number-out-of-range";

    private final ObjectMapper json;
    private final int maxDepth;
    private final JsonLinks links;
    private final JsonMarks marks;
    /** Members whose text declares the language of the object holding them ({@code json.language-members}). */
    private final List<String> languageMembers;

    public JsonCheck(Adapter adapter, CheckProperties properties) {
        this.links = JsonLinks.of(adapter);
        this.marks = JsonMarks.of(adapter);
        this.languageMembers = adapter.option("json.language-members").map(v -> List.of(v.strip().split("\\s+"))).orElse(List.of());
        this.maxDepth = adapter.intOption("check.max-depth", properties.maxDepth());
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxStringLength(adapter.intOption("check.max-string-length", 20_000_000))
                .maxDocumentLength(adapter.intOption("check.max-document-length", Integer.MAX_VALUE))
                .maxNameLength(adapter.intOption("check.max-key-length", 1_000))
                .maxNumberLength(eu.credentialgateway.BoundedNumbers.MAX_LENGTH)
                .build();
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    }

    /** The bounded parse alone, or the finding that stops it (empty, not UTF-8, out of bounds, not well-formed). */
    private record Parsed(JsonNode node, Finding failure) {
    }

    /** True when the body is UTF-8 JSON within this adapter's bounds (whatever its structure). */
    boolean parsesWithinBounds(byte[] body) {
        return parse(body).failure() == null;
    }

    private Parsed parse(byte[] body) {
        Utf8Text.Decoded decoded = Utf8Text.document(body);
        if (decoded.failure() != null) {
            return new Parsed(null, decoded.failure());
        }
        JsonParser parser = null;
        try {
            parser = json.createParser(decoded.text());
            JsonNode tree = json.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                // a second value after the first (Jackson would stop reading at the first and say nothing)
                JsonLocation at = parser.currentLocation();
                return new Parsed(null, new Finding(Stage.CHECK, "not-well-formed", "the document is not well-formed JSON: "
                        + "more content follows the JSON value", "line " + at.getLineNr() + ", column " + at.getColumnNr()));
            }
            String outOfRange = tree == null ? null : outOfRangeNumber(tree);
            if (outOfRange != null) {
                outOfRange = outOfRange.isEmpty() ? "/" : outOfRange;
                return new Parsed(null, new Finding(Stage.CHECK, NUMBER_OUT_OF_RANGE,
                        "a number is out of range (not a finite number, or more than " + eu.credentialgateway.BoundedNumbers.MAX_LENGTH
                                + " characters or an exponent beyond ±" + eu.credentialgateway.BoundedNumbers.MAX_EXPONENT + ")", outOfRange));
            }
            String unsound = tree == null ? null : unsoundText(tree);
            if (unsound != null) {
                return new Parsed(null, new Finding(Stage.CHECK, SoundText.INVALID_TEXT, "a string (or a key: the location is then its "
                        + "object's) holds an unpaired surrogate or U+FFFD, which no real text does", unsound.isEmpty() ? "/" : unsound));
            }
            return new Parsed(tree, null);
        } catch (StreamConstraintsException e) {
            JsonLocation at = parser == null ? null : parser.currentLocation();
            String bound = e.getMessage() == null ? "" : e.getMessage();
            String code = bound.contains("nesting depth") ? "too-deep" : bound.contains("Number value length") ? NUMBER_OUT_OF_RANGE : "too-large";
            return new Parsed(null, new Finding(Stage.CHECK, code,
                    "the JSON document exceeds a bound: " + ParserMessage.firstLine(e.getOriginalMessage()),
                    at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            boolean duplicate = message.startsWith("Duplicate field");
            return new Parsed(null, new Finding(Stage.CHECK, duplicate ? "duplicate-key" : "not-well-formed",
                    duplicate ? "an object has the same key twice" : "the document is not well-formed JSON: " + ParserMessage.firstLine(message), where(e)));
        } catch (java.io.IOException e) {
            return new Parsed(null, new Finding(Stage.CHECK, "not-well-formed", "the document is not well-formed JSON", ""));
        } finally {
            close(parser);
        }
    }

    @Override
    public Result check(byte[] body, String uuid, Long row) {
        Parsed parse = parse(body);
        if (parse.failure() != null) {
            return Result.failed(parse.failure());
        }
        JsonNode parsed = parse.node();
        List<Finding> findings = eu.credentialgateway.Findings.collector();
        List<JsonNode> documents = new ArrayList<>();
        if (parsed.isObject()) {
            documents.add(parsed);
        } else if (parsed.isArray()) {
            for (int i = 0; i < parsed.size(); i++) {
                if (parsed.get(i).isObject()) {
                    documents.add(parsed.get(i));
                } else {
                    findings.add(new Finding(Stage.CHECK, "not-an-object", "every element of a JSON array body must be an object", "/" + i));
                }
            }
            if (parsed.isEmpty()) {
                findings.add(new Finding(Stage.CHECK, "empty-document", "the JSON array is empty", ""));
            }
        } else {
            findings.add(new Finding(Stage.CHECK, "not-an-object", "the body must be a JSON object or an array of objects", ""));
        }
        if (!findings.isEmpty()) {
            return Result.of(null, findings);
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("gw-id", uuid);
        ArrayNode out = root.putArray("documents");
        String language = DeclaredLanguage.UNDETERMINED;
        for (JsonNode document : documents) {
            String first = firstDeclared(document);
            if (first != null) {
                language = first;
                break;
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            out.add(normalise((ObjectNode) documents.get(i), uuid + "." + (i + 1), uuid, language));
        }
        if (!marks.isEmpty()) {
            marks.addTo(root);
        }
        List<Finding> notes = eu.credentialgateway.Findings.collector();
        if (!links.isEmpty()) {
            links.addTo(root, notes, findings);
            if (!findings.isEmpty()) {
                return Result.of(null, findings);
            }
        }
        try {
            return new Result(json.writeValueAsBytes(root), List.of(), List.copyOf(notes), language);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the normalised JSON", e);
        }
    }

    private ObjectNode normalise(ObjectNode object, String id, String parentId, String inheritedLanguage) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("gw-id", id);
        out.put("gw-parent", parentId);
        String own = declared(object);
        String language = own != null ? own : inheritedLanguage;
        out.put("gw-lang", language);
        int position = 0;
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            position++;
            if (member.getKey().startsWith("gw-")) {
                continue;
            }
            out.set(member.getKey(), value(member.getValue(), id + "." + position, id, language));
        }
        return out;
    }

    /** The language the object itself declares (its {@code @language}, its context's, a language member), else null. */
    private String declared(JsonNode object) {
        String language = text(object.get("@language"));
        JsonNode context = object.get("@context");
        if (language == null && context != null) {
            for (JsonNode entry : context.isArray() ? context : List.of(context)) {
                language = language != null ? language : text(entry.get("@language"));
            }
        }
        for (int i = 0; language == null && i < languageMembers.size(); i++) {
            language = text(object.get(languageMembers.get(i)));
        }
        return language;
    }

    private static String text(JsonNode value) {
        return value != null && value.isTextual() ? DeclaredLanguage.of(value.asText()) : null;
    }

    /** The first language declared in the value, depth first in document order (the parse bounded the depth). */
    private String firstDeclared(JsonNode value) {
        if (value.isObject()) {
            String own = declared(value);
            if (own != null) {
                return own;
            }
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                // a context's term definitions say how to read terms, not what language the document is in
                String below = member.getKey().equals("@context") ? null : firstDeclared(member.getValue());
                if (below != null) {
                    return below;
                }
            }
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                String below = firstDeclared(element);
                if (below != null) {
                    return below;
                }
            }
        }
        return null;
    }

    /** Objects get their ids; arrays keep their order, their objects numbered {@code <path>.<element>}. */
    private JsonNode value(JsonNode value, String path, String enclosingId, String language) {
        if (value.isObject()) {
            return normalise((ObjectNode) value, path, enclosingId, language);
        }
        if (value.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(value.size());
            for (int i = 0; i < value.size(); i++) {
                out.add(value(value.get(i), path + "." + (i + 1), enclosingId, language));
            }
            return out;
        }
        return value;
    }

    /**
     * The JSON Pointer of the first number out of bounds, else null: a float Jackson read as a double that is not
     * finite ({@code 1E999999999}), or a big decimal or integer beyond the bounds of {@link eu.credentialgateway.BoundedNumbers}.
     */
    private static String outOfRangeNumber(JsonNode node) {
        return firstPointer(node, n -> n.isNumber() && !withinBounds(n), key -> false);
    }

    /**
     * The JSON Pointer of the first string or key that is not sound text ({@link SoundText}), else null: Jackson reads
     * an escaped lone surrogate (backslash, u, D800) into the string as it is. Every string counts, not only those the
     * mapping reads today: the original is embedded in the credential as evidence, and a later mapping may read more.
     */
    private static String unsoundText(JsonNode node) {
        return firstPointer(node, n -> n.isTextual() && !SoundText.isSound(n.textValue()), key -> !SoundText.isSound(key));
    }

    /**
     * The JSON Pointer of the first value that is {@code bad}, or of the object holding the first {@code badKey}, else
     * null. The recursion is as deep as the document, which the parse bounded; the pointer is built only for the one found.
     */
    private static String firstPointer(JsonNode node, Predicate<JsonNode> bad, Predicate<String> badKey) {
        if (bad.test(node)) {
            return "";
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (badKey.test(member.getKey())) {
                    return "";
                }
                String below = firstPointer(member.getValue(), bad, badKey);
                if (below != null) {
                    return "/" + member.getKey().replace("~", "~0").replace("/", "~1") + below;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String below = firstPointer(node.get(i), bad, badKey);
                if (below != null) {
                    return "/" + i + below;
                }
            }
        }
        return null;
    }

    private static boolean withinBounds(JsonNode number) {
        if (number.isBigDecimal() || number.isBigInteger()) {
            return eu.credentialgateway.BoundedNumbers.within(number.decimalValue());
        }
        return !(number.isDouble() || number.isFloat()) || eu.credentialgateway.BoundedNumbers.within(number.doubleValue());
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (java.io.IOException ignored) {
                // an in-memory parser holds nothing to release
            }
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

}
