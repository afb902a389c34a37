package eu.credentialgateway.align.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the align stage's concept tables ({@code ontologies/vocab/*.tsv}) from the reference
 * vocabularies. Deterministic: the same sources give byte-identical files.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=eu.credentialgateway.align.tables.BuildAlignmentTables \
 *     -Dexec.args="../shared/vocab ontologies/vocab"
 * </pre>
 *
 * <p>One table per ELM code list in {@code elm-xsd-cv/} (concept IRIs, scheme, English label), enriched
 * for the four schemes the align stage resolves codes for: EQF and ISCED-F (CSV extracts), countries
 * (OP SKOS table + code extract), languages (OP xml:lang extract + eForms translations).
 */
public final class BuildAlignmentTables {
    static final String CODE_LISTS = "elm-xsd-cv";
    /** Not a code list: LOQ profile individuals, no concept scheme. */
    private static final List<String> SKIPPED = List.of("loq_individuals.xsd");
    /** Tables written by hand in the output folder (national levels to EQF, see its README): kept, never rebuilt. */
    static final Set<String> HAND_WRITTEN = Set.of("nqf-eqf.tsv");

    private BuildAlignmentTables() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildAlignmentTables <vocab reference folder> <output folder>");
            System.exit(2);
        }
        Map<String, TableDraft> tables = build(Path.of(args[0]));
        Path out = Path.of(args[1]);
        write(tables, out);
        tables.values().forEach(t -> System.out.printf("%-22s %6d concepts  %s%n", t.name(), t.size(), t.schemeIri()));
        System.out.println("wrote " + tables.size() + " tables to " + out);
    }

    /** Reads every source below {@code vocab} and returns the tables by name, sorted. */
    static Map<String, TableDraft> build(Path vocab) throws IOException {
        Map<String, TableDraft> tables = new TreeMap<>();
        for (Path xsd : codeLists(vocab.resolve(CODE_LISTS))) {
            XsdCodeList list = XsdCodeList.read(xsd);
            TableDraft table = new TableDraft(list.tableName(), list.schemeIri());
            if (tables.putIfAbsent(table.name(), table) != null) {
                throw new IllegalStateException("two code lists give table " + table.name());
            }
            table.source(CODE_LISTS + "/" + xsd.getFileName());
            list.englishLabels().forEach((iri, label) -> {
                table.concept(iri);
                table.label(iri, "en", label);
            });
        }
        LevelAndFieldSources.eqf(vocab, required(tables, "eqf"));
        LevelAndFieldSources.iscedF(vocab, required(tables, "isced-f"));
        CountrySources.add(vocab, required(tables, "country"));
        LanguageSources.add(vocab, required(tables, "language"));
        return tables;
    }

    /** Writes every table and removes table files that no source gives any more (except the hand-written ones). */
    static void write(Map<String, TableDraft> tables, Path out) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".tsv")).toList()) {
                String name = p.getFileName().toString();
                if (!tables.containsKey(name.substring(0, name.length() - ".tsv".length())) && !HAND_WRITTEN.contains(name)) {
                    Files.delete(p);
                }
            }
        }
        for (TableDraft t : tables.values()) {
            t.write(out);
        }
    }

    private static List<Path> codeLists(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xsd"))
                    .filter(p -> !SKIPPED.contains(p.getFileName().toString()))
                    .sorted().toList();
        }
    }

    private static TableDraft required(Map<String, TableDraft> tables, String name) {
        TableDraft t = tables.get(name);
        if (t == null) {
            throw new IllegalStateException("no code list for table " + name + " in " + CODE_LISTS);
        }
        return t;
    }
}
