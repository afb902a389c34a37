package eu.credentialgateway.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures one format's field coverage over a set of inputs and holds it to floors, as the coverage tests of the
 * formats do: the overall share and the share of every file, with the per-file table in the failure message.
 */
final class AdapterFieldCoverage {
    private final CoverageCommand command;
    private final CoverageTotals totals;
    private final List<String> lines = new ArrayList<>();
    private final Map<String, Double> percentByFile = new LinkedHashMap<>();

    AdapterFieldCoverage(String format) throws IOException {
        this.command = new CoverageCommand(Path.of("."), format);
        this.totals = new CoverageTotals(format);
    }

    void measure(String name, byte[] input) throws Exception {
        CoverageReport report = command.measure(name, input);
        totals.add(report);
        percentByFile.put(name, report.percent());
        lines.add(String.format(Locale.ROOT, "%s %d/%d %.1f%%", name, report.covered(), report.total(), report.percent()));
    }

    CoverageTotals totals() {
        return totals;
    }

    /** Holds the measure to its floors: overall, and every file. */
    void assertFloors(double overall, double perFile, int atLeastFiles) {
        String table = String.join("\n", lines);
        // the row docs/coverage.md shows, printed whether or not the floors hold
        System.out.println(CoverageTotals.HEADER + System.lineSeparator() + totals.row());
        assertThat(lines).as("files measured").hasSizeGreaterThanOrEqualTo(atLeastFiles);
        assertThat(percentByFile.entrySet().stream().filter(e -> e.getValue() < perFile).map(Map.Entry::getKey))
                .as("files under %.1f%%:\n%s", perFile, table).isEmpty();
        assertThat(totals.percent()).as("overall coverage of %s:\n%s", totals.format(), table).isGreaterThanOrEqualTo(overall);
    }

    /** The test-data cases of a format that convert (expected.ttl) from a JSON or XML input, sorted. */
    static List<Path> convertingCases(String format) throws IOException {
        try (Stream<Path> cases = Files.list(Path.of("test-data", format))) {
            return cases.filter(c -> Files.isRegularFile(c.resolve("expected.ttl")))
                    .flatMap(c -> Stream.of(c.resolve("input.json"), c.resolve("input.xml")))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }
}
