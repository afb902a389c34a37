package eu.credentialgateway.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import eu.credentialgateway.jsonld.ContextDocuments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The EBSI VCDM 2.0 form of a Europass EDC (the {@code @cef-ebsi/vcdm2.0-europass-edc-schema} shape), derived
 * from the serialiser's EDC JSON-LD in one walk over the Jackson tree:
 * <ul>
 * <li>envelope: {@code @context} VC 2.0 + edc-ap; {@code type} VerifiableCredential, VerifiableAttestation,
 * EuropeanDigitalCredential; {@code credentialSchema} keeps the ELM shapes and adds the EBSI JSON Schema
 * ({@code JsonSchema}); the VC 1.1 {@code issuanceDate} goes, {@code expirationDate} becomes {@code validUntil};</li>
 * <li>every node is written in full wherever it is mentioned (the schema accepts no bare references: an
 * awarding process must carry its awarding body each time); a reference back to a node on the current path
 * (a cycle) is left out;</li>
 * <li>{@code type} is one string per node; language maps have ISO 639-1 keys only ({@code en-GB} becomes
 * {@code en}; text without a usable language tag goes under the credential's primary language) and the
 * single-language fields (names, scheme agency) keep one language; typed literals get their JSON type
 * ({@code page} a number, dates RFC 3339 date-times with a zone, {@code Z} when the source has none);</li>
 * <li>what the schema has no place for is left out and reported: properties outside the EDC context (compact
 * IRIs such as {@code elm:fullName}), {@link #NO_PLACE} (ELM allows them, EBSI schema 2.1.0 does not), and the second
 * and later values of what the schema holds once ({@link #ONE_VALUE}: e.g. a specification's identifier).</li>
 * </ul>
 * Thread-safe: all state of a derivation lives in its {@link Walk}.
 */
final class EbsiCredential {
    static final List<String> TYPES = List.of("VerifiableCredential", "VerifiableAttestation", "EuropeanDigitalCredential");
    /** Properties ELM allows on a class that the EBSI EDC schema (2.1.0) gives no place: class -> properties. */
    static final Map<String, Set<String>> NO_PLACE = Map.of("Agent", Set.of("homepage"));
    /** Language-map properties the EBSI schema allows one language for. */
    /**
     * Properties ELM allows several of that the EBSI schema 2.1.0 holds once (an object, not an array), by node type:
     * the first is kept, the others are reported left out.
     */
    static final Map<String, Set<String>> ONE_VALUE = Map.of(
            "Accreditation", Set.of("identifier"),
            "Qualification", Set.of("identifier", "volumeOfLearning", "learningSetting"),
            "LearningAchievementSpecification", Set.of("identifier", "volumeOfLearning", "learningSetting"),
            "LearningActivitySpecification", Set.of("volumeOfLearning"),
            "LearningAchievement", Set.of("identifier"),
            "LearningOutcome", Set.of("identifier"),
            "Address", Set.of("identifier"),
            "Location", Set.of("identifier"),
            "WebResource", Set.of("language"),
            "IndividualDisplay", Set.of("language"));
    private static final Set<String> ONE_LANGUAGE = Set.of("fullName", "givenName", "familyName", "schemeAgency");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TermDatatypes terms;
    private final String jsonSchemaId;

    /**
     * @param terms        what the EDC JSON-LD keys mean (references, language maps, datatypes)
     * @param jsonSchemaId the EBSI Trusted Schemas Registry URL of the Europass EDC JSON Schema, named in {@code credentialSchema}
     */
    EbsiCredential(TermDatatypes terms, String jsonSchemaId) {
        this.terms = terms;
        this.jsonSchemaId = jsonSchemaId;
    }

    /** The EBSI form and notes on what it had to leave out (code {@code ebsi-left-out}, location = path in the EDC JSON-LD). */
    record Derived(ObjectNode credential, List<Finding> leftOut) {
    }

    Derived derive(ObjectNode edc) {
        Walk walk = new Walk(CredentialNodes.of(edc));
        ObjectNode body = walk.node(edc, "");
        ObjectNode credential = JSON.objectNode();
        credential.set("@context", JSON.arrayNode().add(ContextDocuments.CREDENTIALS_V2.toString()).add(ContextDocuments.EDC_AP.toString()));
        credential.setAll(body);
        ArrayNode types = JSON.arrayNode();
        TYPES.forEach(types::add);
        credential.set("type", types);
        credential.remove("issuanceDate");
        JsonNode expiration = credential.remove("expirationDate");
        if (expiration != null && !credential.has("validUntil")) {
            credential.set("validUntil", expiration.isArray() ? expiration.get(0) : expiration);
        }
        ArrayNode schemas = JSON.arrayNode();
        CredentialNodes.values(credential.get("credentialSchema")).forEach(schemas::add);
        schemas.addObject().put("id", jsonSchemaId).put("type", "JsonSchema");
        credential.set("credentialSchema", schemas);
        if (walk.undetermined > 0) {
            // the schema has no key for "undetermined": the texts stay, under a key the receipt names
            walk.leftOut.add(new Finding(Stage.SERIALISE, "ebsi-language-assumed", "the EBSI schema's language maps take"
                    + " ISO 639-1 codes only: " + walk.undetermined + " text(s) without a language are given under \""
                    + walk.nodes.language() + "\"" + (walk.nodes.languageDeclared() ? ", the credential's primary language"
                    : ", the EBSI form's default, as the credential declares no language (its EDC form keeps them und)"), "EBSI form"));
        }
        return new Derived(credential, List.copyOf(walk.leftOut));
    }

    /** One derivation: the nodes on the current path (cycle guard) and what was left out. */
    private final class Walk {
        private final CredentialNodes nodes;
        private final Set<String> onPath = new HashSet<>();
        private final List<Finding> leftOut = new ArrayList<>();
        private int undetermined;

        Walk(CredentialNodes nodes) {
            this.nodes = nodes;
        }

        ObjectNode node(ObjectNode source, String path) {
            String id = source.path(CredentialNodes.ID).asText(null);
            if (id != null) {
                onPath.add(id);
            }
            ObjectNode out = JSON.objectNode();
            String type = typeOf(source);
            for (Map.Entry<String, JsonNode> field : source.properties()) {
                String key = field.getKey();
                if (key.equals("@context")) {
                    continue;
                }
                if (key.equals("type")) {
                    out.put("type", type);
                } else if (key.equals(CredentialNodes.ID)) {
                    out.set(key, field.getValue());
                } else if (key.indexOf(':') >= 0 || key.startsWith("@") || NO_PLACE.getOrDefault(type, Set.of()).contains(key)) {
                    leaveOut("the property " + key + (type == null ? "" : " of a " + type), path + "/" + key);
                } else {
                    JsonNode value = value(key, field.getValue(), path + "/" + key);
                    if (value != null && value.isArray() && ONE_VALUE.getOrDefault(type, Set.of()).contains(key)) {
                        if (value.size() > 1) {
                            leaveOut((value.size() - 1) + " " + key + " of a " + type + " after the first (it holds one)", path + "/" + key);
                        }
                        value = value.get(0);
                    }
                    if (value != null) {
                        out.set(key, value);
                    }
                }
            }
            if (id != null) {
                onPath.remove(id);
            }
            return out;
        }

        private JsonNode value(String key, JsonNode value, String path) {
            if (value.isArray()) {
                ArrayNode array = JSON.arrayNode();
                for (JsonNode element : value) {
                    JsonNode converted = value(key, element, path);
                    if (converted != null) {
                        array.add(converted);
                    }
                }
                return array.isEmpty() ? null : array;
            }
            if (value.isObject() && value.has("@value")) {
                return literal(value);
            }
            if (value.isObject() && terms.isLanguageMap(key)) {
                return languageMap(key, value);
            }
            if (value.isObject()) {
                return CredentialNodes.isReference(value) ? reference(value.get(CredentialNodes.ID).asText(), path) : node((ObjectNode) value, path);
            }
            if (value.isTextual() && terms.isReference(key)) {
                return reference(value.asText(), path);
            }
            return value.isTextual() ? Literals.typed(value.asText(), terms.datatype(key)) : value;
        }

        private void leaveOut(String what, String path) {
            leftOut.add(new Finding(Stage.SERIALISE, "ebsi-left-out",
                    "the EBSI VCDM 2.0 form (its JSON Schema) has no place for " + what + "; left out of that form", path));
        }

        /** The referenced node in full; a bare {"id"} when the document does not describe it; null on a cycle. */
        private JsonNode reference(String id, String path) {
            if (onPath.contains(id)) {
                leaveOut("a reference back to a node that contains it (a cycle)", path);
                return null;
            }
            ObjectNode described = nodes.described(id);
            return described == null ? JSON.objectNode().put(CredentialNodes.ID, id) : node(described, path);
        }

        private JsonNode literal(JsonNode value) {
            String lexical = value.get("@value").asText();
            if (value.hasNonNull("@language")) {
                ObjectNode map = JSON.objectNode();
                map.put(languageKey(value.get("@language").asText()), lexical);
                return map;
            }
            return Literals.typed(lexical, value.hasNonNull("@type") ? Literals.localName(value.get("@type").asText()) : null);
        }

        private JsonNode languageMap(String key, JsonNode map) {
            Map<String, List<JsonNode>> byLanguage = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : map.properties()) {
                List<JsonNode> texts = byLanguage.computeIfAbsent(languageKey(entry.getKey()), k -> new ArrayList<>());
                CredentialNodes.values(entry.getValue()).forEach(texts::add);
            }
            if (ONE_LANGUAGE.contains(key) && byLanguage.size() > 1) {
                String kept = byLanguage.containsKey(nodes.language()) ? nodes.language() : byLanguage.keySet().iterator().next();
                byLanguage.keySet().retainAll(Set.of(kept));
            }
            ObjectNode out = JSON.objectNode();
            byLanguage.forEach((language, texts) -> {
                if (texts.size() == 1) {
                    out.set(language, texts.get(0));
                } else {
                    ArrayNode array = out.putArray(language);
                    texts.forEach(array::add);
                }
            });
            return out;
        }

        /** The ISO 639-1 code of a tag, or the credential's primary language for und, @none and tags without one. */
        private String languageKey(String tag) {
            String code = LanguageCodes.twoLetter(tag);
            if (code == null) {
                undetermined++;
                return nodes.language();
            }
            return code;
        }
    }

    /** The node's type as one string: its only type, or the first when it has several. */
    private static String typeOf(ObjectNode node) {
        JsonNode type = node.get("type");
        if (type == null) {
            return null;
        }
        return type.isArray() ? (type.isEmpty() ? null : type.get(0).asText()) : type.asText();
    }
}
