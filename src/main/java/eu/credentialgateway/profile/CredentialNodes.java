package eu.credentialgateway.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An EDC JSON-LD tree as the serialiser writes it (each node described once, later mentions are
 * references: a string under an {@code @id}-typed term or {@code {"id": ...}}), indexed by node id so
 * that a profile can follow any reference to its description in O(1). Also knows the credential's
 * primary language (its display parameter's, {@code en} when it names none), which picks the text
 * of a language map for profiles that hold one string per field.
 */
final class CredentialNodes {
    static final String ID = "id";
    private static final String DEFAULT_LANGUAGE = "en";

    private final ObjectNode root;
    private final Map<String, ObjectNode> byId = new HashMap<>();
    private final String language;
    private final boolean declared;

    private CredentialNodes(ObjectNode root) {
        this.root = root;
        index(root);
        ObjectNode display = node(root.get("displayParameter"));
        ObjectNode primary = display == null ? null : node(display.get("primaryLanguage"));
        String code = primary == null ? null : LanguageCodes.twoLetterOfLanguageIri(primary.path(ID).asText(null));
        this.language = code == null ? DEFAULT_LANGUAGE : code;
        this.declared = code != null;
    }

    static CredentialNodes of(ObjectNode root) {
        return new CredentialNodes(root);
    }

    ObjectNode root() {
        return root;
    }

    /** The credential's primary language, ISO 639-1; {@code en} when it declares none ({@link #languageDeclared()}). */
    String language() {
        return language;
    }

    /** Whether the credential's primary language is a language with an ISO 639-1 code (not und, not absent). */
    boolean languageDeclared() {
        return declared;
    }

    private void index(JsonNode value) {
        if (value.isObject()) {
            if (value.hasNonNull(ID) && value.size() > 1) {
                byId.putIfAbsent(value.get(ID).asText(), (ObjectNode) value);
            }
            value.forEach(this::index);
        } else if (value.isArray()) {
            value.forEach(this::index);
        }
    }

    /** True for an object that only names a node ({@code {"id": ...}}). */
    static boolean isReference(JsonNode value) {
        return value.isObject() && value.size() == 1 && value.hasNonNull(ID);
    }

    /**
     * The node description a value stands for: the value itself when it is one, the description of the
     * node it names ({@code {"id": ...}} or an id string), else null (a literal, or a node the document does not describe).
     */
    ObjectNode node(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isObject() && !value.has("@value")) {
            return isReference(value) ? byId.get(value.get(ID).asText()) : (ObjectNode) value;
        }
        return value.isTextual() ? byId.get(value.asText()) : null;
    }

    /** The description of the node with this id, or null. */
    ObjectNode described(String id) {
        return byId.get(id);
    }

    /** The nodes under {@code key} of {@code owner} (one value or an array), resolved; references to unknown nodes are left out. */
    List<ObjectNode> nodes(JsonNode owner, String key) {
        List<ObjectNode> nodes = new ArrayList<>();
        for (JsonNode value : values(owner == null ? null : owner.get(key))) {
            ObjectNode node = node(value);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    /** The first node under {@code key}, or null. */
    ObjectNode first(JsonNode owner, String key) {
        List<ObjectNode> nodes = nodes(owner, key);
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    /** One value or the elements of an array, as a list; empty for null. */
    static List<JsonNode> values(JsonNode value) {
        List<JsonNode> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        return values;
    }

    /**
     * One text for the value under {@code key}: a plain string, an explicit {@code @value}, or from a language
     * map the entry in the primary language, else English, else one without a language, else the first; null when absent.
     */
    String text(JsonNode owner, String key) {
        return owner == null ? null : text(owner.get(key));
    }

    String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : text(value.get(0));
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.has("@value")) {
            return value.get("@value").asText();
        }
        for (String preferred : new String[] {language, DEFAULT_LANGUAGE, "und", "@none"}) {
            if (value.has(preferred)) {
                return text(value.get(preferred));
            }
        }
        return value.isEmpty() ? null : text(value.elements().next());
    }
}
