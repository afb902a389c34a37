package eu.credentialgateway.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every concept table in {@code ontologies/vocab/}, loaded once at start and shared (immutable, so
 * safe across threads): lookups by concept IRI across all schemes, and by code for the schemes the
 * align stage resolves (EQF, ISCED-F, country, language).
 */
public final class VocabularyTables {
    private final Map<String, ConceptTable> tables;
    private final Map<String, Concept> byIri;
    private final Map<AlignedScheme, ConceptTable> aligned;

    private VocabularyTables(Map<String, ConceptTable> tables) {
        this.tables = Map.copyOf(tables);
        Map<String, Concept> all = new HashMap<>();
        tables.values().forEach(t -> all.putAll(t.byIri()));
        this.byIri = Map.copyOf(all);
        Map<AlignedScheme, ConceptTable> a = new EnumMap<>(AlignedScheme.class);
        for (AlignedScheme s : AlignedScheme.values()) {
            ConceptTable t = tables.get(s.id());
            if (t == null) {
                throw new IllegalStateException("no concept table " + s.id() + ".tsv");
            }
            a.put(s, t);
        }
        this.aligned = a;
    }

    /** Reads every {@code *.tsv} in the folder; fails when one is malformed or an aligned scheme's table is missing. */
    public static VocabularyTables load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("vocabulary folder not found: " + dir.toAbsolutePath());
        }
        Map<String, ConceptTable> tables = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path f : files) {
            ConceptTable t = ConceptTable.read(f);
            tables.put(t.name(), t);
        }
        return new VocabularyTables(tables);
    }

    /** The concept with this IRI in any table, or null. */
    public Concept concept(String iri) {
        return byIri.get(iri);
    }

    /** A table by name ({@code eqf}, {@code isced-f}, {@code country}, {@code language}, {@code credential}, ...), or null. */
    public ConceptTable table(String name) {
        return tables.get(name);
    }

    public Map<String, ConceptTable> tables() {
        return tables;
    }

    ConceptTable table(AlignedScheme scheme) {
        return aligned.get(scheme);
    }

    /** The aligned scheme whose concept namespace holds this IRI, or null. */
    AlignedScheme alignedSchemeOf(String iri) {
        for (Map.Entry<AlignedScheme, ConceptTable> e : aligned.entrySet()) {
            if (e.getValue().inNamespace(iri)) {
                return e.getKey();
            }
        }
        return null;
    }
}
