package eu.credentialgateway.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomePhrasesTest {
    @Test
    void splitsASummaryIntoTheOutcomesItLists() {
        assertThat(OutcomePhrases.split("On completion, students will be able to:\n- analyse big data;\n* work in teams\n2) write SQL queries"))
                .containsExactly("analyse big data", "work in teams", "write SQL queries");
    }

    @Test
    void splitsSentencesAndSemicolonsButNotAbbreviationsInsideThem() {
        assertThat(OutcomePhrases.split("Design relational databases. Write SQL queries, e.g. joins; Use spreadsheets."))
                .containsExactly("Design relational databases.", "Write SQL queries, e.g. joins", "Use spreadsheets.");
    }

    @Test
    void leavesOutPiecesWithoutWords() {
        assertThat(OutcomePhrases.split("•  • \n - \n 42.")).isEmpty();
        assertThat(OutcomePhrases.split("Gestionar presupuestos")).containsExactly("Gestionar presupuestos");
    }
}
