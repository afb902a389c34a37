package eu.credentialgateway.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Typed literals out of bounds stay text: never built or written with millions of digits. */
class LiteralsBoundsTest {
    @Test
    void hugeNumbersStayText() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(Literals.typed("1E100000000", "decimal").isTextual()).isTrue();
            assertThat(Literals.typed("1E100000000", "double").isTextual()).isTrue();
            assertThat(Literals.typed("7".repeat(5_000_000), "integer").isTextual()).isTrue();
        });
        assertThat(Literals.typed("60", "integer").isNumber()).isTrue();
        assertThat(Literals.typed("7.5", "decimal").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(Literals.typed("NaN", "double").isTextual()).isTrue();
    }
}
