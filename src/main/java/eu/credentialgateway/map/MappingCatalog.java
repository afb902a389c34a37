package eu.credentialgateway.map;

import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import io.carml.engine.rdf.RdfRmlMapper;
import io.carml.logicalsourceresolver.CsvResolver;
import io.carml.logicalsourceresolver.JsonPathResolver;
import io.carml.logicalsourceresolver.XPathResolver;
import io.carml.model.TriplesMap;
import io.carml.util.RmlMappingLoader;
import io.carml.vocab.Rdf;
import java.io.IOException;
import java.util.HashMap;
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
