package eu.credentialgateway.check.csv;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A batch file's header line against the column template, once per file. */
class CsvHeaderCheckTest {
    private static final CsvHeaderCheck CHECK = new CsvHeaderCheck(CsvTemplate.of(Map.of(
            "check.columns", "givenNames familyName title@* awardingDate grade",
            "check.languages", "en fr",
            "check.required", "givenNames title@* awardingDate")));

    private static List<String> where(List<String> header) {
        return CHECK.check(header, 1).stream().map(f -> f.code() + " @ " + f.location()).toList();
    }

    @Test
    void aHeaderOfTemplateColumnsInAnyCasePasses() {
        assertThat(where(List.of("\uFEFFGivenNames", "title@FR", "awardingdate", "grade"))).isEmpty();
    }

    @Test
    void namesEveryUnknownDuplicateAndMissingColumnOnTheHeaderLine() {
        assertThat(where(List.of("givenNames", "nickname", "givenNames", "grade", "title@de")))
                .containsExactly("unknown-column @ line 1, column nickname", "duplicate-column @ line 1, column givenNames",
                        "unknown-column @ line 1, column title@de", "missing-column @ line 1, column title@*",
                        "missing-column @ line 1, column awardingDate");
    }

    @Test
    void findingsNameTheLineTheHeaderIsOn() {
        List<Finding> findings = CHECK.check(List.of("givenNames", "title@en"), 3);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.location()).isEqualTo("line 3, column awardingDate"));
    }

    @Test
    void aPlainCsvAdapterHoldsTheHeaderToCsvHeaderAndCsvColumnsAsWritten() {
        CsvHeaderCheck plain = new CsvHeaderCheck(List.of("id", "title", "credits"), List.of("id", "title"), false);
        assertThat(plain.check(List.of("id", "Title", "credits"), 1)).extracting(Finding::location)
                .containsExactly("line 1, column Title", "line 1, column title");
        CsvHeaderCheck open = new CsvHeaderCheck(List.of(), List.of("id"), false);
        assertThat(open.check(List.of("id", "anything"), 1)).as("no csv.columns: any column").isEmpty();
    }
}
