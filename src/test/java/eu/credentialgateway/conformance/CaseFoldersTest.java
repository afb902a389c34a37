package eu.credentialgateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case folder must say what it expects, and regeneration rewrites only the case folders it names. */
class CaseFoldersTest {
    @TempDir
    Path folder;

    @Test
    void aCaseWithoutAnExpectedFileFailsNamingTheCommandThatWritesOne() {
        AdapterCasesTest.Case testCase = new AdapterCasesTest.Case("acme", folder.resolve("example"));

        assertThatThrownBy(testCase::refused).isInstanceOf(AssertionError.class)
                .hasMessageContaining("has neither expected.ttl nor expected-errors.json")
                .hasMessageContaining("-Dgateway.regenerate=acme/example");
    }

    @Test
    void aCaseWithBothExpectedFilesFails() throws Exception {
        Files.writeString(folder.resolve("expected.ttl"), "");
        Files.writeString(folder.resolve("expected-errors.json"), "[]");

        assertThatThrownBy(new AdapterCasesTest.Case("acme", folder)::refused).hasMessageContaining("has both");
    }

    @Test
    void aCaseSaysWhetherItExpectsARefusal() throws Exception {
        Path converting = Files.createDirectories(folder.resolve("converts"));
        Path refusing = Files.createDirectories(folder.resolve("refused"));
        Files.writeString(converting.resolve("expected.ttl"), "");
        Files.writeString(refusing.resolve("expected-errors.json"), "[]");

        assertThat(new AdapterCasesTest.Case("acme", converting).refused()).isFalse();
        assertThat(new AdapterCasesTest.Case("acme", refusing).refused()).isTrue();
    }

    @Test
    void regenerationCoversOnlyTheNamedCasesOrOneFormatsCases() {
        Regeneration named = Regeneration.of("elmo/multi-report, csv/*");

        assertThat(named.covers("elmo/multi-report")).isTrue();
        assertThat(named.covers("elmo/multi-report-2")).isFalse();
        assertThat(named.covers("elmo/no-namespace")).isFalse();
        assertThat(named.covers("csv/anything")).isTrue();
        assertThat(named.covers("csv-semicolon/anything")).isFalse();
        assertThat(Regeneration.of("").covers("elmo/multi-report")).isFalse();
    }

    @Test
    void aBlanketTrueIsRefused() {
        assertThatThrownBy(() -> Regeneration.of("true")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<format>/<case>").hasMessageContaining("'true'");
        assertThatThrownBy(() -> Regeneration.of("elmo/../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSelectorThatNamesNoCaseIsReported() {
        assertThat(Regeneration.of("elmo/multi-report,elmo/typo,xml/*").unmatched(List.of("elmo/multi-report", "csv/a")))
                .containsExactly("elmo/typo", "xml/*");
    }
}
