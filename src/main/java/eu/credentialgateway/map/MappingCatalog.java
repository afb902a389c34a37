package eu.credentialgateway.map;

import io.carml.engine.rdf.RdfRmlMapper;
import io.carml.logicalsourceresolver.CsvResolver;
import io.carml.logicalsourceresolver.XPathResolver;
import io.carml.model.TriplesMap;
import io.carml.util.RmlMappingLoader;
import io.carml.vocab.Rdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The RML mappings, one per format ({@code mappings/<format>.rml.ttl}), parsed once at start. A
 * CARML mapper keeps join state and is not thread-safe, so each thread builds its own mapper per
 * format on first use and keeps it.
 */
final class MappingCatalog {
    private static final String SUFFIX = ".rml.ttl";

    private final Map<String, Set<TriplesMap>> mappings;
    private final ThreadLocal<Map<String, RdfRmlMapper>> mappers = ThreadLocal.withInitial(HashMap::new);

    MappingCatalog(Path mappingsDirectory) {
        this.mappings = load(mappingsDirectory);
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
                .setLogicalSourceResolver(Rdf.Ql.Csv, CsvResolver::getInstance)
                .build());
    }

    private static Map<String, Set<TriplesMap>> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("no mappings folder at " + directory.toAbsolutePath() + " (set gateway.home)");
        }
        Map<String, Set<TriplesMap>> loaded = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                String name = file.getFileName().toString();
                loaded.put(name.substring(0, name.length() - SUFFIX.length()), RmlMappingLoader.build().load(RDFFormat.TURTLE, file));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the mappings in " + directory, e);
        }
        return Map.copyOf(loaded);
    }
}
