package eu.credentialgateway.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseKeyTest {
    @Test
    void oneKeyForTheSamePhraseWrittenDifferently() {
        PhraseKey key = PhraseKey.of("Work in teams", "en");
        assertThat(PhraseKey.of("  work in\tTEAMS. ", "EN-GB")).isEqualTo(key);
        assertThat(PhraseKey.of("- Work in teams;", "en_US")).isEqualTo(key);
        assertThat(PhraseKey.of("Work in teams", "en").hash()).isEqualTo(key.hash()).hasSize(64);
    }

    @Test
    void languageAndWordsStillTellPhrasesApart() {
        assertThat(PhraseKey.of("Work in teams", "fr")).isNotEqualTo(PhraseKey.of("Work in teams", "en"));
        assertThat(PhraseKey.of("Work in team", "en").hash()).isNotEqualTo(PhraseKey.of("Work in teams", "en").hash());
    }

    @Test
    void keepsAClosingBracketAndMarksUnknownLanguagesUndetermined() {
        assertThat(PhraseKey.of("Python (computer programming).", "").text()).isEqualTo("python (computer programming)");
        assertThat(PhraseKey.of("x", null).lang()).isEqualTo("und");
        assertThat(PhraseKey.of("x", "und").matchLanguage()).isNull();
        assertThat(PhraseKey.of("x", "es").matchLanguage()).isEqualTo("es");
    }
}
