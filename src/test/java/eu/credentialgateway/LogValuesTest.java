package eu.credentialgateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values from documents cannot forge log lines. */
class LogValuesTest {
    @Test
    void escapesControlCharactersAndCuts() {
        assertThat(LogValues.safe("urn:x\n2026-01-01 INFO forged line\r\u001b[31m")).isEqualTo("urn:x\\n2026-01-01 INFO forged line\\r\\u001b[31m");
        assertThat(LogValues.safe("a\u2028b\u202ec\t")).isEqualTo("a\\u2028b\\u202ec\\t");
        assertThat(LogValues.safe("x".repeat(250))).isEqualTo("x".repeat(200) + "…(+50)");
        assertThat(LogValues.safe("plain", 3)).isEqualTo("pla…(+2)");
        assertThat(LogValues.safe(null)).isEqualTo("null");
        assertThat(LogValues.safe("é😀", 2)).isEqualTo("é…(+2)");
    }

    @Test
    void aFindingFromAHostileKeyStaysOnOneLine() {
        Finding finding = new Finding(Stage.CHECK, "number-out-of-range", "m", "/a\nINFO forged" + "k".repeat(2_000));
        assertThat(finding.location()).doesNotContain("\n").startsWith("/a\\nINFO forged").hasSizeLessThan(1_020);
        assertThat(new Finding(Stage.CHECK, "seal-valid", "signing time 2020\r\nforged", "").message()).isEqualTo("signing time 2020\\r\\nforged");
    }
}
