package eu.credentialgateway.serialise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terms that contexts define, indexed by IRI, so that the writer picks a term in O(1) instead of
 * scanning the context for every IRI as generic JSON-LD compaction does (see PERFORMANCE-FLOORS.md).
 *
 * <p>Two tables are kept: the top-level one, and one per type-scoped context (the W3C VC context
 * defines {@code issuer}, {@code credentialSubject}, ... only inside nodes typed VerifiableCredential).
 * Type-scoped contexts do not propagate, so a nested node uses the top-level table again.
 */
final class ContextTermTable {
    private final Map<String, String> prefixes;          // prefix term -> namespace IRI (ends with / or #)
    private final Map<String, TermDefinition> byIri;      // property or type IRI -> preferred term
    private final Map<String, ContextTermTable> typeScoped; // type IRI -> table active inside such a node

    private ContextTermTable(Map<String, String> prefixes, Map<String, TermDefinition> byIri,
                             Map<String, ContextTermTable> typeScoped) {
        this.prefixes = prefixes;
        this.byIri = byIri;
        this.typeScoped = typeScoped;
    }

    /** Builds the table for a document whose {@code @context} is the given list, in order. */
    static ContextTermTable of(List<JsonNode> contexts) {
        Builder builder = new Builder();
        contexts.forEach(builder::add);
        return builder.build();
    }

    Optional<TermDefinition> termFor(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The table active inside a node with the given type IRI, or this one. */
    ContextTermTable insideNodeOfType(String typeIri) {
        return typeScoped.getOrDefault(typeIri, this);
    }

    /** A compact IRI {@code prefix:suffix} when a namespace prefix fits, else the IRI itself. */
    String compactIri(String iri) {
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String namespace = prefix.getValue();
            if (iri.startsWith(namespace) && namespace.length() > bestLength && iri.length() > namespace.length()) {
                best = prefix.getKey() + ":" + iri.substring(namespace.length());
                bestLength = namespace.length();
            }
        }
        return best == null ? iri : best;
    }

    /** Collects term definitions in context order; a later definition of the same term replaces the earlier one. */
    private static final class Builder {
        private final Map<String, String> prefixes = new LinkedHashMap<>();
        private final Map<String, TermDefinition> byName = new LinkedHashMap<>();
        private final Map<String, JsonNode> scopedContexts = new LinkedHashMap<>();
        private final List<JsonNode> seen = new java.util.ArrayList<>();

        void add(JsonNode document) {
            JsonNode context = document.has("@context") ? document.get("@context") : document;
            seen.add(context);
            context.properties().forEach(entry -> {
                if (entry.getValue().isTextual() && isNamespace(entry.getValue().asText())) {
                    prefixes.put(entry.getKey(), entry.getValue().asText());
                }
            });
            context.properties().forEach(entry -> define(entry.getKey(), entry.getValue()));
        }

        private void define(String term, JsonNode definition) {
            if (term.startsWith("@")) {
                return;
            }
            byName.remove(term); // re-insert last: the latest definitions are preferred below
            TermDefinition parsed = parse(term, definition);
            if (parsed == null || parsed.iri().startsWith("@")) {
                return;
            }
            if (definition.isObject() && definition.has("@context")) {
                scopedContexts.put(parsed.iri(), definition.get("@context"));
            }
            byName.put(term, parsed);
        }

        private TermDefinition parse(String term, JsonNode definition) {
            if (definition.isTextual()) {
                return new TermDefinition(term, expand(definition.asText()), null, null);
            }
            if (!definition.isObject() || !definition.hasNonNull("@id") || definition.has("@reverse")) {
                return null;
            }
            String coercion = definition.hasNonNull("@type") ? expandType(definition.get("@type").asText()) : null;
            String container = definition.hasNonNull("@container") ? definition.get("@container").asText() : null;
            return new TermDefinition(term, expand(definition.get("@id").asText()), coercion, container);
        }

        private String expandType(String type) {
            return type.startsWith("@") ? type : expand(type);
        }

        private String expand(String value) {
            int colon = value.indexOf(':');
            if (colon > 0 && !value.startsWith("http://") && !value.startsWith("https://") && !value.startsWith("urn:")) {
                String namespace = prefixes.get(value.substring(0, colon));
                if (namespace != null) {
                    return namespace + value.substring(colon + 1);
                }
            }
            return value;
        }

        /** IRI -> term: the latest-defined term wins, and a plain-container term beats a special one. */
        private Map<String, TermDefinition> indexByIri() {
            Map<String, TermDefinition> byIri = new HashMap<>();
            List<TermDefinition> latestFirst = new java.util.ArrayList<>(byName.values());
            java.util.Collections.reverse(latestFirst);
            for (TermDefinition definition : latestFirst) {
                byIri.merge(definition.iri(), definition,
                        (kept, other) -> !kept.hasPlainContainer() && other.hasPlainContainer() ? other : kept);
            }
            return Map.copyOf(byIri);
        }

        ContextTermTable build() {
            Map<String, ContextTermTable> typeScoped = new HashMap<>();
            scopedContexts.forEach((typeIri, scoped) -> {
                Builder inner = new Builder();
                seen.forEach(inner::add);
                inner.add(scoped);
                typeScoped.put(typeIri, new ContextTermTable(Map.copyOf(inner.prefixes), inner.indexByIri(), Map.of()));
            });
            return new ContextTermTable(Map.copyOf(prefixes), indexByIri(), Map.copyOf(typeScoped));
        }

        private static boolean isNamespace(String iri) {
            return (iri.startsWith("http://") || iri.startsWith("https://")) && (iri.endsWith("/") || iri.endsWith("#"));
        }
    }
}
