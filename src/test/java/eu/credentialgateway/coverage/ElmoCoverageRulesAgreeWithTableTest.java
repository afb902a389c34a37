package eu.credentialgateway.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * test-data/elmo/coverage.tsv has one rule (or several in a row) per field row of the European Commission's ELMO-ELM correspondence table,
 * in the table's order, with the table's class, field and ELM target: the file in ../shared is found through its
 * SOURCES.md (the row whose path in repository is sheet 'ELMO-ELM' of ELM-ELMO-mapping-Github.xlsx) and read,
 * never copied. A row added, dropped or retargeted upstream makes this fail.
 */
class ElmoCoverageRulesAgreeWithTableTest {
    private static final Pattern SOURCE_ROW =
            Pattern.compile("^\\| `([^`]+\\.csv)` [^|]*\\| european-commission-empl/European-Learning-Model \\| `ELM-ELMO-mapping-Github\\.xlsx \\(sheet 'ELMO-ELM'\\)`");

    @Test
    void everyFieldRowOfTheCorrespondenceTableHasItsRule() throws Exception {
        Path formats = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats").normalize();
        assumeTrue(Files.isRegularFile(formats.resolve("SOURCES.md")), "../shared is absent: skipping the comparison with the correspondence table");
        Path table = formats.resolve("crosswalks").resolve(tableFile(formats.resolve("SOURCES.md")));

        List<String> fromTable = new ArrayList<>();
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setMaxCharsPerColumn(100_000);
        try (Reader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            for (String[] row : new CsvParser(settings).parseAll(in)) {
                String field = cell(row, 1);
                if (!field.isEmpty()) { // rows without a field describe a class, not a field
                    fromTable.add(cell(row, 0) + " | " + field + " | " + cell(row, 5));
                }
            }
        }
        // a row may have several rules in a row when ELMO versions need different matches (EducationLevel.value)
        List<String> fromRules = new ArrayList<>();
        for (CoverageRule r : CoverageRules.read(CoverageRules.fileOf(Path.of("."), "elmo"))) {
            String key = r.tableClass() + " | " + r.tableField() + " | " + r.tableTarget();
            if (fromRules.isEmpty() || !fromRules.get(fromRules.size() - 1).equals(key)) {
                fromRules.add(key);
            }
        }

        assertThat(fromTable).as("field rows of %s", table.getFileName()).hasSizeGreaterThan(80);
        assertThat(fromRules).containsExactlyElementsOf(fromTable);
    }

    @Test
    void everyRuleOfAFieldTheTableMapsSaysWhatBecomesOfIt() throws Exception {
        for (CoverageRule rule : CoverageRules.read(CoverageRules.fileOf(Path.of("."), "elmo"))) {
            assertThat(rule.disposition()).as(rule.tableClass() + "." + rule.tableField()).isIn("value", "structure", "n/a");
            if (rule.counted()) {
                assertThat(List.of(rule.select(), rule.node(), rule.path(), rule.match()))
                        .as(rule.tableClass() + "." + rule.tableField()).doesNotContain("");
            }
        }
    }

    private static String tableFile(Path sources) throws Exception {
        for (String line : Files.readAllLines(sources, StandardCharsets.UTF_8)) {
            Matcher m = SOURCE_ROW.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError(sources + " lists no CSV export of sheet ELMO-ELM of ELM-ELMO-mapping-Github.xlsx");
    }

    /** The cell as coverage.tsv writes it: white space collapsed (the table breaks lines inside cells). */
    private static String cell(String[] row, int index) {
        String value = index < row.length && row[index] != null ? row[index] : "";
        return value.strip().replaceAll("\\s+", " ");
    }
}
