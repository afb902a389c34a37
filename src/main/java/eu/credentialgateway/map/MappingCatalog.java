package eu.credentialgateway.map;

import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import io.carml.engine.rdf.RdfRmlMapper;
import io.carml.logicalsourceresolver.CsvResolver;
import io.carml.logicalsourceresolver.JsonPathResolver;
import io.carml.logicalsourceresolver.XPathResolver;
import io.carml.model.RefObjectMap;
import io.carml.model.TriplesMap;
import io.carml.util.RmlMappingLoader;
import io.carml.vocab.Rdf;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The RML mappings, one per adapter ({@code mappings/<format>.rml.ttl} in the gateway home or
 * {@code gateway.adapters.dir}), parsed once at start; they may read XML (ql:XPath), JSON (ql:JSONPath)
 * or CSV (ql:CSV). A
 * CARML mapper keeps join state and is not thread-safe, so each thread builds its own mapper per
 * format on first use and keeps it.
 */
final class MappingCatalog {
    private final Map<String, Set<TriplesMap>> mappings;
    private final ThreadLocal<Map<String, RdfRmlMapper>> mappers = ThreadLocal.withInitial(HashMap::new);

    MappingCatalog(AdapterCatalog adapters) {
        this.mappings = load(adapters);
    }

    Set<String> formats() {
        return mappings.keySet();
    }

    /** This thread's mapper for the format, or null when no mapping exists for it. */
    RdfRmlMapper mapperFor(String format) {
        Set<TriplesMap> triplesMaps = mappings.get(format);
        if (triplesMaps == null) {
            return null;
        }
        return mappers.get().computeIfAbsent(format, f -> RdfRmlMapper.builder()
                .triplesMaps(triplesMaps)
                .setLogicalSourceResolver(Rdf.Ql.XPath, XPathResolver::getInstance)
                .setLogicalSourceResolver(Rdf.Ql.JsonPath, JsonPathResolver::getInstance)
                .setLogicalSourceResolver(Rdf.Ql.Csv, CsvResolver::getInstance)
                .build());
    }

    /**
     * The rules (triples maps, by their name in the mapping file) that fail alone on this document, for a
     * mapping-failed finding: CARML evaluates every iterator of a source in one streaming pass, so its exception
     * does not say whose expression broke. Each rule is run on its own (with the rules it joins), which costs one
     * mapping run per rule: only for a document of at most {@code maxBytes} (the failure is then ours to fix; a
     * larger document is not worth that work), else empty. Only names are returned, never document values.
     */
    List<String> failingRules(String format, byte[] body, int maxBytes) {
        Set<TriplesMap> triplesMaps = mappings.get(format);
        if (triplesMaps == null || body.length > maxBytes) {
            return List.of();
        }
        List<String> failing = new ArrayList<>();
        for (TriplesMap rule : triplesMaps) {
            Set<TriplesMap> alone = new HashSet<>(Set.of(rule));
            rule.getPredicateObjectMaps().forEach(pom -> pom.getObjectMaps().forEach(om -> {
                if (om instanceof RefObjectMap ref) {
                    alone.add(ref.getParentTriplesMap());
                }
            }));
            try {
                RdfRmlMapper.builder().triplesMaps(alone)
                        .setLogicalSourceResolver(Rdf.Ql.XPath, XPathResolver::getInstance)
                        .setLogicalSourceResolver(Rdf.Ql.JsonPath, JsonPathResolver::getInstance)
                        .setLogicalSourceResolver(Rdf.Ql.Csv, CsvResolver::getInstance)
                        .build().mapToModel(Map.of(format, new ByteArrayInputStream(body)));
            } catch (RuntimeException e) {
                failing.add(nameOf(rule));
            }
        }
        failing.sort(null);
        return failing;
    }

    /** {@code <#Grade>} gives "Grade"; a blank-node rule its label or id. */
    private static String nameOf(TriplesMap rule) {
        String id = rule.getResourceName() != null ? rule.getResourceName() : rule.getId();
        return id == null ? "?" : id.substring(id.lastIndexOf('#') + 1);
    }

    private static Map<String, Set<TriplesMap>> load(AdapterCatalog adapters) {
        Map<String, Set<TriplesMap>> loaded = new HashMap<>();
        for (Adapter adapter : adapters.all()) {
            try {
                loaded.put(adapter.format(), RmlMappingLoader.build().load(RDFFormat.TURTLE, adapter.mapping()));
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot read the mapping " + adapter.mapping() + ": " + e.getMessage(), e);
            }
        }
        return Map.copyOf(loaded);
    }
}
