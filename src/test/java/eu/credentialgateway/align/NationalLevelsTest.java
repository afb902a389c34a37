package eu.credentialgateway.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalLevelsTest {
    private static VocabularyTables tables;
    private static NationalLevels levels;

    @BeforeAll
    static void load() throws IOException {
        tables = VocabularyTables.load(Path.of("ontologies", "vocab"));
        levels = tables.nationalLevels();
    }

    @Nested
    class TheTable {
        @Test
        void coversTheFrameworksTheIssueNames() {
            assertThat(levels.frameworks()).containsKeys("DE-DQR", "IE-NFQ", "FR-CNCP", "PL-PRK", "NL-NLQF", "UK-RQF", "UK-SCQF");
            assertThat(codes("DE-DQR")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(codes("IE-NFQ")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
            assertThat(codes("UK-SCQF")).hasSize(12);
            assertThat(codes("UK-RQF")).containsExactly("E1", "E2", "E3", "1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(codes("NL-NLQF")).containsExactly("entry", "1", "2", "3", "4", "4+", "5", "6", "7", "8");
            assertThat(codes("FR-CNCP")).contains("1", "8", "V", "IV", "III", "II", "I", "I-Master", "I-Doctorat");
        }

        @Test
        void everyRowCitesADeclaredSourceWithAnAddress() {
            assertThat(levels.levels()).allSatisfy(l -> assertThat(levels.sources().get(l.source())).as(l.toString()).contains("https://", "20"));
        }

        @Test
        void aQdrLevelLabelIsTheFrameworksPrefixThenLevelThenTheCode() {
            for (NationalLevels.Level l : levels.levels()) {
                if (l.qdr() == null) {
                    continue;
                }
                String prefix = levels.frameworks().get(l.framework()).qdrPrefix();
                String label = l.qdr().label("en");
                if (l.code().matches("[0-9]+\\+?")) {
                    assertThat(label).as(l.framework() + " " + l.code()).isEqualTo(prefix + " Level " + l.code());
                } else {
                    assertThat(label).as(l.framework() + " " + l.code()).startsWith(prefix + " ");
                }
            }
        }

        @Test
        void everyQdrLevelOfAFrameworkInTheTableIsLinkedToARow() {
            Set<String> linked = levels.levels().stream().filter(l -> l.qdr() != null)
                    .map(l -> l.qdr().iri().getURI()).collect(Collectors.toSet());
            for (NationalLevels.Framework f : levels.frameworks().values()) {
                List<String> qdrLevels = tables.table("qdr").byIri().values().stream()
                        .filter(c -> c.label("en").startsWith(f.qdrPrefix() + " Level") || c.label("en").startsWith(f.qdrPrefix() + " Entry"))
                        .map(c -> c.iri().getURI()).toList();
                assertThat(qdrLevels).as(f.id()).isNotEmpty();
                assertThat(linked).as(f.id()).containsAll(qdrLevels);
            }
        }
    }

    @Nested
    class ReferencingFacts {
        @ParameterizedTest(name = "{0} -> EQF {1}")
        @CsvSource({
            "DE-DQR:6, 6", "DE-DQR:1, 1", "DE-DQR:8, 8",
            "IE-NFQ:1, 1", "IE-NFQ:2, 1", "IE-NFQ:3, 2", "IE-NFQ:5, 4", "IE-NFQ:6, 5", "IE-NFQ:7, 6", "IE-NFQ:8, 6", "IE-NFQ:9, 7", "IE-NFQ:10, 8",
            "FR-CNCP:3, 3", "FR-CNCP:6, 6", "FR-CNCP:V, 3", "FR-CNCP:III, 5", "FR-CNCP:II, 6", "FR-CNCP:I-Master, 7", "FR-CNCP:I-Doctorat, 8",
            "PL-PRK:4, 4", "NL-NLQF:4+, 4", "NL-NLQF:8, 8",
            "UK-RQF:E3, 1", "UK-RQF:1, 2", "UK-RQF:3, 4", "UK-RQF:4, 5", "UK-RQF:5, 5", "UK-RQF:6, 6", "UK-RQF:8, 8",
            "UK-SCQF:3, 1", "UK-SCQF:6, 4", "UK-SCQF:8, 5", "UK-SCQF:9, 6", "UK-SCQF:10, 6", "UK-SCQF:11, 7", "UK-SCQF:12, 8",
            "AT-NQR:7, 7"})
        void givesTheEqfLevelOfTheReferencing(String value, String eqf) {
            assertThat(levels.resolve(value).eqf().iri().getURI()).isEqualTo("http://data.europa.eu/snb/eqf/" + eqf);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"NL-NLQF:entry", "UK-RQF:E1", "UK-RQF:E2", "UK-SCQF:1", "UK-SCQF:2", "FR-CNCP:I"})
        void levelsTheReferencingGivesNoEqfLevelHaveNone(String value) {
            assertThat(levels.resolve(value)).isNotNull();
            assertThat(levels.resolve(value).eqf()).isNull();
        }

        @Test
        void linksLevelsToTheQdrConceptsOfTheElmSamples() {
            assertThat(levels.resolve("UK-RQF:6").qdr().iri().getURI()).isEqualTo("http://data.europa.eu/snb/qdr/c_c392e7a2");
            assertThat(levels.resolve("UK-SCQF:10").qdr().label("en")).isEqualTo("SCQF Level 10");
            assertThat(levels.resolve("NL-NLQF:entry").qdr().label("en")).isEqualTo("NLQF Entry Level");
            assertThat(levels.resolve("UK-RQF:E1").qdr()).isEqualTo(levels.resolve("UK-RQF:E2").qdr());
            assertThat(levels.resolve("FR-CNCP:6").qdr()).as("the QDR list has no 2019 French levels").isNull();
        }

        @Test
        void aQdrConceptGivesItsEqfLevelOnlyWhenAllItsLevelsAgree() {
            assertThat(levels.eqfOfQdr("http://data.europa.eu/snb/qdr/c_c392e7a2").iri().getURI()).isEqualTo("http://data.europa.eu/snb/eqf/6");
            assertThat(levels.eqfOfQdr(levels.resolve("UK-RQF:E1").qdr().iri().getURI())).isNull();
        }
    }

    @Nested
    class ValuesAsWritten {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"DE-DQR:6", "de-dqr:6", "DE_DQR 6", "DQR 6", "DQR6", "dqr level 6", "DQR-Niveau 6", "Deutscher Qualifikationsrahmen: Niveau 6", " DQR   Level  6 "})
        void nameTheSixthDqrLevel(String value) {
            assertThat(key(levels.resolve(value))).isEqualTo("DE-DQR 6");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "IE-NFQ:level 8, IE-NFQ 8", "NFQ Level 8, IE-NFQ 8", "RQF Entry Level 3, UK-RQF E3", "uk-rqf:e3, UK-RQF E3",
            "NLQF instapniveau, NL-NLQF entry", "nl-nlqf:Entry Level, NL-NLQF entry", "NLQF 4+, NL-NLQF 4+", "nlqf niveau 4+, NL-NLQF 4+",
            "RNCP niveau III, FR-CNCP III", "FR-CNCP:II-Grade de Licence, FR-CNCP II", "FR-CNCP:niveau 6, FR-CNCP 6",
            "NQR VI, AT-NQR 6", "SCQF Level 10, UK-SCQF 10", "PRK poziom 5, PL-PRK 5", "Polska Rama Kwalifikacji 5, PL-PRK 5"})
        void nameTheirLevel(String value, String expected) {
            assertThat(key(levels.resolve(value))).isEqualTo(expected);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"DQR 9", "DE-DQR:0", "XX-QF:3", "6", "level 6", "DQR", "", "SCQF 13", "FR-CNCP:VI", "NLQF 9"})
        void thatNameNoLevelAreUnknown(String value) {
            assertThat(levels.resolve(value)).isNull();
        }
    }

    private static List<String> codes(String framework) {
        return levels.levels().stream().filter(l -> l.framework().equals(framework)).map(NationalLevels.Level::code).toList();
    }

    private static String key(NationalLevels.Level l) {
        return l == null ? null : l.framework() + " " + l.code();
    }
}
