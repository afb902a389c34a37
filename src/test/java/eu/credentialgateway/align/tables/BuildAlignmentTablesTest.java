package eu.credentialgateway.align.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildAlignmentTablesTest {
    private static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../shared").normalize();
    private static final Path VOCAB = SHARED.resolve("vocab");
    private static final Path COMMITTED = Path.of(System.getProperty("user.dir"), "ontologies", "vocab");

    @BeforeAll
    static void needsTheReferenceData() {
        assumeTrue(Files.isDirectory(VOCAB), "../shared is absent: skipping the table builder's checks against the reference data");
    }

    @Test
    void rebuildsTheCommittedTablesByteForByte(@TempDir Path out) throws IOException {
        BuildAlignmentTables.main(new String[] {VOCAB.toString(), out.toString()});
        assertThat(tsvNames(out)).isEqualTo(tsvNames(COMMITTED));
        for (String name : tsvNames(COMMITTED)) {
            assertThat(Files.mismatch(out.resolve(name), COMMITTED.resolve(name))).as(name + " differs from a fresh build").isEqualTo(-1L);
        }
    }

    @Test
    void removesTablesNoSourceGivesAnyMore(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("stale.tsv"), "@scheme\thttp://example.org/s\n");
        BuildAlignmentTables.write(BuildAlignmentTables.build(VOCAB), out);
        assertThat(out.resolve("stale.tsv")).doesNotExist();
    }

    @Test
    void keepsTheHandWrittenNationalLevelsTable(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("nqf-eqf.tsv"), "# hand-written\n");
        BuildAlignmentTables.write(BuildAlignmentTables.build(VOCAB), out);
        assertThat(out.resolve("nqf-eqf.tsv")).hasContent("# hand-written");
    }

    @Nested
    class TablesAgreeWithTheOfficialArtefacts {
        @Test
        void everyEqfConceptIsAnOfficialOne() throws IOException {
            assertAllIn("eqf", "elm-xsd-cv/eqf.xsd", "eqf/eqf-levels.csv");
        }

        @Test
        void everyIscedFConceptIsAnOfficialOne() throws IOException {
            assertAllIn("isced-f", "elm-xsd-cv/isced-f.xsd", "isced-f/isced-f-2013.csv");
        }

        @Test
        void everyCountryIsInTheOpCountryTable() throws IOException {
            String skos = read("eu-authority/countries-skos.rdf") + read("elm-xsd-cv/country.xsd");
            assertThat(iris("country")).hasSizeGreaterThan(250).allMatch(iri -> skos.contains("\"" + iri + "\""));
        }

        @Test
        void everyLanguageIsInTheOpLanguageTable() throws IOException {
            String op = read("elm-xsd-cv/language.xsd") + read("eu-authority/language-uri-to-xml-lang.csv");
            assertThat(iris("language")).hasSizeGreaterThan(8000).allMatch(iri -> op.contains("\"" + iri + "\""));
        }

        @Test
        void schemesAreTheOnesTheOfficialShapesRequire() throws IOException {
            Path shapes = SHARED.resolve("anchors/edc/shapes/EDC-generic-full.ttl");
            assumeTrue(Files.isRegularFile(shapes), "../shared/anchors is absent: skipping the scheme check");
            String ttl = Files.readString(shapes, StandardCharsets.UTF_8);
            for (String name : List.of("eqf", "isced-f", "country", "language", "qdr", "credential", "learning-setting", "currency", "atu")) {
                assertThat(ttl).as(name).contains("sh:hasValue <" + scheme(name) + ">");
            }
        }

        @Test
        void everyIscedFCodeIsItsOwnIriSuffix() throws IOException {
            for (String[] row : rows("isced-f")) {
                assertThat(row[0]).isEqualTo("http://data.europa.eu/snb/isced-f/" + row[1]);
            }
        }

        @Test
        void bibliographicLanguageCodesPointAtExistingConcepts() throws IOException {
            Set<String> codes = rows("language").stream().flatMap(r -> Stream.of(r[1].split(" "))).collect(Collectors.toSet());
            assertThat(codes).containsAll(LanguageSources.ISO_639_2_B_TO_T.keySet());
        }

        private void assertAllIn(String table, String... sources) throws IOException {
            StringBuilder text = new StringBuilder();
            for (String s : sources) {
                text.append(read(s));
            }
            List<String> iris = iris(table);
            assertThat(iris).isNotEmpty().allMatch(iri -> text.indexOf(iri + "\"") >= 0 || text.indexOf(iri + ",") >= 0);
            Map<String, String> official = sources[0].endsWith(".xsd") ? XsdCodeList.read(VOCAB.resolve(sources[0])).englishLabels() : Map.of();
            assertThat(iris).containsExactlyInAnyOrderElementsOf(official.keySet());
        }
    }

    private static String read(String relative) throws IOException {
        return Files.readString(VOCAB.resolve(relative), StandardCharsets.UTF_8);
    }

    private static String scheme(String table) throws IOException {
        return Files.readAllLines(COMMITTED.resolve(table + ".tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("@scheme\t")).findFirst().orElseThrow().substring("@scheme\t".length());
    }

    private static List<String[]> rows(String table) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(COMMITTED.resolve(table + ".tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.startsWith("@")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static List<String> iris(String table) throws IOException {
        return rows(table).stream().map(r -> r[0]).toList();
    }

    private static List<String> tsvNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .filter(n -> !BuildAlignmentTables.HAND_WRITTEN.contains(n)).sorted().toList();
        }
    }
}
