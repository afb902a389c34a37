package eu.credentialgateway.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #14's measure for ELMO: over every ELMO transcript of the reference data (pre-1.0 included, and the official
 * examples of the schema releases), at least 98% of the value-bearing fields the correspondence table maps reach the
 * credential or a note that says ELM cannot hold them, and at least 95% in every file. Not measured, and why:
 * the one sample that is not well-formed XML (refused, ElmoSamplesConformanceTest) and the EWP ToR response
 * (an ELMO inside an EWP envelope, not an ELMO document).
 */
class ElmoFieldCoverageTest {
    private static final String NOT_WELL_FORMED = "fi-emrex_Example-elmo-sweden-1.0-small.xml";

    @Test
    void everyElmoSampleReachesTheCoverageTheIssueAsksFor() throws Exception {
        Path elmo = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats/emrex-elmo").normalize();
        assumeTrue(Files.isDirectory(elmo), "../shared is absent: skipping the ELMO field coverage over the reference samples");
        CoverageCommand command = new CoverageCommand(Path.of("."), "elmo");
        CoverageTotals totals = new CoverageTotals("elmo");
        long total = 0;
        long covered = 0;
        List<String> lines = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (Path file : transcripts(elmo)) {
            CoverageReport report = command.measure(file.toString(), Files.readAllBytes(file));
            totals.add(report);
            total += report.total();
            covered += report.covered();
            String line = String.format(Locale.ROOT, "%s %d/%d %.1f%%", elmo.relativize(file), report.covered(), report.total(), report.percent());
            lines.add(line);
            if (report.percent() < 95.0) {
                below.add(line);
            }
        }
        String table = String.join("\n", lines);
        // the row docs/coverage.md shows
        System.out.println(CoverageTotals.HEADER + System.lineSeparator() + totals.row());
        assertThat(lines).as("the reference data holds the ELMO samples").hasSizeGreaterThanOrEqualTo(17);
        assertThat(below).as("files under 95%%:\n%s", table).isEmpty();
        assertThat(100.0 * covered / total).as("overall coverage:\n%s", table).isGreaterThanOrEqualTo(98.0);
    }

    @Test
    void theMeasureTellsReachedNotedOtherLanguageAndMissingApart() throws Exception {
        // the family-name row of coverage.tsv, judged against five hand-made credentials
        CoverageRule familyName = new CoverageRule("Learner", "familyName", "foaf:familyName", "value",
                "/elmo/learner/familyName", "urn:epass:person:{@gw-elmo}", "foaf:familyName", "text", "Learner familyName", "");
        byte[] normalised = """
                <elmo gw-id="c"><learner gw-id="c.1" gw-elmo="c"><familyName gw-id="c.1.1" gw-elmo="c" gw-lang="fi">Keränen</familyName></learner></elmo>
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FieldCoverage coverage = new FieldCoverage(List.of(familyName));
        assertThat(statusWith(coverage, normalised, "<urn:epass:person:c> foaf:familyName \"Keränen\"@fi ."))
                .isEqualTo(FieldResult.Status.REACHED);
        assertThat(statusWith(coverage, normalised, "<urn:epass:person:c> foaf:familyName \"Keränen\"@en ."))
                .isEqualTo(FieldResult.Status.WRONG_LANGUAGE);
        assertThat(statusWith(coverage, normalised, "<urn:epass:other> elm:noteLiteral \"Learner familyName as this report gives it (ELMO): \\\"Keränen\\\".\"@en ."))
                .isEqualTo(FieldResult.Status.NOTED);
        // a note that quotes the value but names another field does not note this one
        assertThat(statusWith(coverage, normalised, "<urn:epass:other> elm:noteLiteral \"Place of birth of the learner (ELMO): \\\"Keränen\\\".\"@en ."))
                .isEqualTo(FieldResult.Status.MISSING);
        assertThat(statusWith(coverage, normalised, "<urn:epass:person:c> foaf:familyName \"Keranen\"@fi ."))
                .isEqualTo(FieldResult.Status.MISSING);
    }

    private static FieldResult.Status statusWith(FieldCoverage coverage, byte[] normalised, String turtle) throws Exception {
        org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString("""
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix elm: <http://data.europa.eu/snb/model/elm/> .
                """ + turtle, org.apache.jena.riot.Lang.TURTLE).parse(graph);
        CoverageReport report = coverage.measure("hand-made", normalised, graph, graph);
        assertThat(report.fields()).hasSize(1);
        return report.fields().get(0).status();
    }

    private static List<Path> transcripts(Path elmo) throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(elmo.resolve("samples")), Files.walk(elmo.resolve("schema")))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .filter(p -> !p.endsWith(NOT_WELL_FORMED)).sorted().collect(Collectors.toList());
        }
    }
}
