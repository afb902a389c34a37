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
    private final NationalLevels nationalLevels;
    private final Map<AlignedScheme, ConceptLabels> labels;

    private VocabularyTables(Map<String, ConceptTable> tables, Path nqf) throws IOException {
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
        this.nationalLevels = Files.isRegularFile(nqf)
                ? NationalLevels.read(nqf, require(tables, "qdr"), a.get(AlignedScheme.EQF)) : NationalLevels.none();
        Map<AlignedScheme, ConceptLabels> l = new EnumMap<>(AlignedScheme.class);
        for (AlignedScheme s : List.of(AlignedScheme.ISCED_F)) {
            l.put(s, ConceptLabels.of(a.get(s)));
        }
        this.labels = l;
    }

    private static ConceptTable require(Map<String, ConceptTable> tables, String name) {
        ConceptTable t = tables.get(name);
        if (t == null) {
            throw new IllegalStateException("no concept table " + name + ".tsv");
        }
        return t;
    }

    /**
     * Reads every {@code *.tsv} in the folder, and the national levels of {@value NationalLevels#FILE} (hand-written,
     * optional: without it no NQF value resolves); fails when one is malformed or an aligned scheme's table is missing.
     */
    public static VocabularyTables load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("vocabulary folder not found: " + dir.toAbsolutePath());
        }
        Map<String, ConceptTable> tables = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tsv"))
                    .filter(p -> !p.getFileName().toString().equals(NationalLevels.FILE)).sorted().toList();
        }
        for (Path f : files) {
            ConceptTable t = ConceptTable.read(f);
            tables.put(t.name(), t);
        }
        return new VocabularyTables(tables, dir.resolve(NationalLevels.FILE));
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

    /** National framework levels and their EQF levels ({@value NationalLevels#FILE}). */
    NationalLevels nationalLevels() {
        return nationalLevels;
    }

    /** The label index of a scheme whose concepts may be named by label (ISCED-F fields), or null. */
    ConceptLabels labels(AlignedScheme scheme) {
        return labels.get(scheme);
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
