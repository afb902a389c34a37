package eu.credentialgateway.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * test-data/{openbadges-v2, openbadges-v3, clr-v2}/coverage.tsv cite, row by row, the crosswalks they come from, and
 * the crosswalks agree: the DESM Micro-Credential crosswalks and the EC credential converter's OB 3.0 -> ELM mapping,
 * found through ../shared/anchors/formats/SOURCES.md and read, never copied; CLR's own rows the CLR 2.0 JSON Schema.
 * A cited record must name the rule's field (its mapped term is one of the field's names; a converter rule's source
 * path leads to the field) and its ELM term must be the rule's target; a crosswalk row that maps an Open Badges term
 * must be cited by a rule; a row whose spine is no ELM term, or whose spine term the ELM crosswalk maps to nothing,
 * can only be n/a. A row added, dropped or remapped upstream makes this fail.
 */
class BadgeCoverageRulesAgreeWithCrosswalksTest {
    private static final Pattern SOURCE_FILE = Pattern.compile("^\\| `((?:desm-microcredential|credential-converter)/[^`]+)` [^|]*\\| educredentials/credential-converter \\|");
    private static final Pattern CITATION = Pattern.compile("(assertion|issuer|converter|clr-schema):([^>\\s]+)(?:>elm-issuer:(\\d+))?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record of a DESM export: the spine term (with its origin), the predicate and the mapped term. */
    private record Desm(String spine, String spineOrigin, String predicate, String mapped) {
        boolean maps() {
            return !predicate.isEmpty() && !predicate.equals("No Match");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"openbadges-v2", "openbadges-v3", "clr-v2"})
    void everyRuleCitesARowThatSaysWhatTheRuleSays(String format) throws Exception {
        Path formats = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats").normalize();
        assumeTrue(Files.isRegularFile(formats.resolve("SOURCES.md")), "../shared is absent: skipping the comparison with the crosswalks");
        List<String> files = crosswalkFiles(formats.resolve("SOURCES.md"));
        String version = format.equals("openbadges-v2") ? "2.0_2.0" : "3.0_3.0";
        List<Desm> assertion = desm(formats, files, "Mapping_Assertion_Open+Badges+" + version);
        List<Desm> issuer = desm(formats, files, "Mapping_Issuer_Open+Badges+" + version);
        List<Desm> elmIssuer = desm(formats, files, "Mapping_Issuer_ELM+-+Micro-Credential");
        JsonNode converter = JSON.readTree(formats.resolve("crosswalks").resolve(file(files, "custom_mapping_OBv3_ELM_latest.json")).toFile());
        JsonNode clrSchema = JSON.readTree(formats.resolve("clr-v2/schema/clr_v2p0_clrcredential_schema.json").toFile());

        Set<String> cited = new HashSet<>();
        List<CoverageRule> rules = CoverageRules.read(CoverageRules.fileOf(Path.of("."), format));
        assertThat(rules).isNotEmpty();
        for (CoverageRule rule : rules) {
            String what = format + " " + rule.tableClass() + "." + rule.tableField() + " (" + rule.source() + ")";
            assertThat(rule.disposition()).as(what).isIn("value", "structure", "n/a", "envelope");
            if (rule.counted()) {
                assertThat(List.of(rule.select(), rule.node(), rule.path(), rule.match())).as(what).doesNotContain("");
            }
            assertThat(rule.source()).as(what + " cites no crosswalk row").isNotBlank();
            Set<String> elmTerms = new HashSet<>();
            for (String citation : rule.source().split("\\s+")) {
                Matcher m = CITATION.matcher(citation);
                assertThat(m.matches()).as(what + ": citation " + citation).isTrue();
                cited.add(m.group(1) + ":" + m.group(2));
                switch (m.group(1)) {
                    case "assertion" -> {
                        Desm row = assertion.get(Integer.parseInt(m.group(2)) - 2);
                        assertThat(names(rule.tableField())).as(what).contains(row.mapped());
                        assertThat(row.maps()).as(what).isTrue();
                        elmTerms.add(row.spine());
                        if (!row.spineOrigin().startsWith("ELM")) {
                            assertThat(rule.disposition()).as(what + ": the spine term is no ELM term").isEqualTo("n/a");
                        }
                    }
                    case "issuer" -> {
                        Desm row = issuer.get(Integer.parseInt(m.group(2)) - 2);
                        assertThat(names(rule.tableField())).as(what).contains(row.mapped());
                        assertThat(row.maps()).as(what).isTrue();
                        if (m.group(3) != null) {
                            Desm elm = elmIssuer.get(Integer.parseInt(m.group(3)) - 2);
                            assertThat(elm.spine()).as(what + ": the ELM crosswalk row maps the same spine term").isEqualTo(row.spine());
                            assertThat(elm.maps()).as(what).isTrue();
                            elmTerms.add(elm.mapped());
                        } else {
                            assertThat(elmIssuer.stream().filter(Desm::maps).map(Desm::spine)).as(what + ": the ELM crosswalk maps the spine term").doesNotContain(row.spine());
                            assertThat(rule.disposition()).as(what).isEqualTo("n/a");
                            elmTerms.add(row.spine());
                        }
                    }
                    case "converter" -> {
                        JsonNode mapping = converter.get(Integer.parseInt(m.group(2)) - 1);
                        String from = mapping.path("source").path("path").asText().replace("[0]", "");
                        assertThat(("$." + rule.tableField() + ".").startsWith(from + ".")).as(what + ": converter source " + from).isTrue();
                        elmTerms.add(mapping.path("destination").path("path").asText());
                    }
                    case "clr-schema" -> {
                        String[] classAndProperty = m.group(2).split("/");
                        JsonNode properties = classAndProperty[0].equals("ClrCredential") ? clrSchema.path("properties")
                                : clrSchema.path("$defs").path(classAndProperty[0]).path("properties");
                        assertThat(properties.has(classAndProperty[1])).as(what + ": the CLR 2.0 schema has it").isTrue();
                        elmTerms.add(classAndProperty[0] + "." + classAndProperty[1]);
                    }
                    default -> throw new AssertionError(citation);
                }
            }
            assertThat(elmTerms).as(what + ": target").contains(rule.tableTarget());
        }

        // every crosswalk row that maps an Open Badges term has its rule (CLR: the Open Badges 3.0 rows it reuses)
        for (int i = 0; i < assertion.size(); i++) {
            if (assertion.get(i).maps()) {
                assertThat(cited).as(format + ": assertion crosswalk record " + (i + 2) + " " + assertion.get(i)).contains("assertion:" + (i + 2));
            }
        }
        for (int i = 0; i < issuer.size(); i++) {
            if (issuer.get(i).maps()) {
                assertThat(cited).as(format + ": issuer crosswalk record " + (i + 2) + " " + issuer.get(i)).contains("issuer:" + (i + 2));
            }
        }
        if (!format.equals("openbadges-v2")) {
            for (int i = 0; i < converter.size(); i++) {
                if (converter.get(i).path("source").has("path")) {
                    assertThat(cited).as(format + ": converter rule " + (i + 1)).contains("converter:" + (i + 1));
                }
            }
        }
    }

    /** The names of a field's path: issuer.address.streetAddress -> issuer, address, streetAddress. */
    private static List<String> names(String field) {
        return Arrays.asList(field.split("\\."));
    }

    private static List<String> crosswalkFiles(Path sources) throws IOException {
        List<String> files = new ArrayList<>();
        for (String line : Files.readAllLines(sources, StandardCharsets.UTF_8)) {
            Matcher m = SOURCE_FILE.matcher(line);
            if (m.find()) {
                files.add(m.group(1));
            }
        }
        return files;
    }

    private static String file(List<String> files, String part) {
        return files.stream().filter(f -> f.contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("SOURCES.md lists no crosswalk file named like " + part));
    }

    private static List<Desm> desm(Path formats, List<String> files, String part) throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setMaxCharsPerColumn(100_000);
        List<Desm> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(formats.resolve("crosswalks").resolve(file(files, part)), StandardCharsets.UTF_8)) {
            CsvParser parser = new CsvParser(settings);
            parser.beginParsing(in);
            Map<String, Integer> column = null;
            String[] row;
            while ((row = parser.parseNext()) != null) {
                if (column == null) {
                    String[] header = parser.getContext().headers();
                    column = new java.util.HashMap<>();
                    for (int i = 0; i < header.length; i++) {
                        column.put(header[i], i);
                    }
                }
                rows.add(new Desm(cell(row, column.get("Spine term name")), cell(row, column.get("Spine term origin")),
                        cell(row, column.get("Mapping predicate label")), cell(row, column.get("Mapped term name"))));
            }
        }
        return rows;
    }

    private static String cell(String[] row, int index) {
        String value = index < row.length && row[index] != null ? row[index] : "";
        return value.strip().replaceAll("\\s+", " ");
    }
}
