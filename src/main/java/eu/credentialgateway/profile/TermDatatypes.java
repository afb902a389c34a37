package eu.credentialgateway.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.jsonld.ContextDocuments;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the EDC JSON-LD's keys mean for the value next to them, read once from the gateway's own
 * contexts ({@code w3c-credentials-v1.jsonld}, then {@code edc-ap.jsonld}, as the serialiser writes them):
 * which terms hold node references ({@code "@type": "@id"}), which hold language maps, and the XML Schema
 * datatype of typed literals ({@code page} is {@code positiveInteger}, {@code awardingDate} a
 * {@code dateTime}). The profiles use it to inline references and to give literals their JSON types
 * without a JSON-LD processor. Type-scoped definitions (the VC context's) fill in terms the top level
 * leaves undefined; a later context wins over an earlier one.
 */
final class TermDatatypes {
    static final String REFERENCE = "@id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> coercions;
    private final Set<String> languageMaps;

    private TermDatatypes(Map<String, String> coercions, Set<String> languageMaps) {
        this.coercions = Map.copyOf(coercions);
        this.languageMaps = Set.copyOf(languageMaps);
    }

    /** The terms of the gateway's contexts, as the serialiser writes them. */
    static TermDatatypes fromContexts(ContextDocuments contexts) {
        Map<String, String> coercions = new HashMap<>();
        Map<String, String> scopedCoercions = new HashMap<>();
        Set<String> languageMaps = new HashSet<>();
        for (URI url : List.of(ContextDocuments.CREDENTIALS_V1, ContextDocuments.EDC_AP)) {
            JsonNode document;
            try {
                document = JSON.readTree(contexts.document(url).toString());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the served context " + url + " is not JSON to Jackson", e);
            }
            collect(document.path("@context"), coercions, scopedCoercions, languageMaps, false);
        }
        scopedCoercions.forEach(coercions::putIfAbsent);
        return new TermDatatypes(coercions, languageMaps);
    }

    private static void collect(JsonNode context, Map<String, String> top, Map<String, String> scoped, Set<String> languageMaps,
                                boolean inScope) {
        for (Map.Entry<String, JsonNode> term : context.properties()) {
            JsonNode definition = term.getValue();
            if (term.getKey().startsWith("@")) {
                continue;
            }
            if (!definition.isObject()) {
                if (!inScope) {
                    top.remove(term.getKey()); // a plain IRI mapping: no coercion
                }
                continue;
            }
            Map<String, String> target = inScope ? scoped : top;
            if (definition.hasNonNull("@type")) {
                target.put(term.getKey(), coercion(definition.get("@type").asText()));
            } else if (!inScope) {
                top.remove(term.getKey());
            }
            if ("@language".equals(definition.path("@container").asText())) {
                languageMaps.add(term.getKey());
            }
            if (definition.has("@context")) {
                collect(definition.get("@context"), top, scoped, languageMaps, true);
            }
        }
    }

    /** {@code @id}/{@code @vocab} as {@link #REFERENCE}, an XML Schema datatype by its local name ({@code integer}). */
    private static String coercion(String type) {
        if ("@vocab".equals(type)) {
            return REFERENCE;
        }
        return Literals.localName(type);
    }

    /** True when the term's plain string values are node references. */
    boolean isReference(String term) {
        return REFERENCE.equals(coercions.get(term));
    }

    /** True when the term's values form a language map. */
    boolean isLanguageMap(String term) {
        return languageMaps.contains(term);
    }

    /** The XML Schema datatype (local name) the term coerces its plain values to, or null. */
    String datatype(String term) {
        String coercion = coercions.get(term);
        return REFERENCE.equals(coercion) ? null : coercion;
    }
}
