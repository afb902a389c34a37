package eu.credentialgateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** The cap on findings and notes per input, and numbers bounded before arithmetic. */
class FindingsTest {
    private static List<Finding> many(int count, String code) {
        return IntStream.range(0, count).mapToObj(i -> new Finding(Stage.CHECK, code, "m", "/" + i)).toList();
    }

    @Test
    void aRejectionKeepsTheFirstHundredAndCountsTheRest() {
        GatewayException rejected = new GatewayException(Rejection.INVALID, many(16_000, "unknown-column"));
        assertThat(rejected.findings()).hasSize(101);
        assertThat(rejected.findings().get(99).location()).isEqualTo("/99");
        assertThat(rejected.findings().get(100).code()).isEqualTo("findings-truncated");
        assertThat(rejected.findings().get(100).message()).startsWith("15900 more finding(s) were dropped");
        GatewayException rethrown = new GatewayException(rejected.rejection(), rejected.findings());
        assertThat(rethrown.findings()).isEqualTo(rejected.findings());
    }

    @Test
    void aCollectorStopsStoringPastTheCapButCountsEverything() {
        List<Finding> collector = Findings.collector();
        many(1_000_000, "not-an-object").forEach(collector::add);
        assertThat(collector).hasSize(100);
        List<Finding> capped = Findings.capped(collector);
        assertThat(capped).hasSize(101);
        assertThat(capped.get(100).message()).startsWith("999900 more finding(s)");
        assertThat(Findings.capped(new ArrayList<>(many(100, "x")))).hasSize(100);
    }

    @Test
    void notesAreCappedAcrossStagesWithOneRunningCount() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        Notes.add(exchange, many(60, "a"));
        Notes.add(exchange, many(60, "b"));
        Notes.add(exchange, many(5, "c"));
        List<Finding> notes = Notes.of(exchange);
        assertThat(notes).hasSize(101);
        assertThat(notes.get(99).code()).isEqualTo("b");
        assertThat(notes.get(100).message()).startsWith("25 more finding(s)");
    }

    @Test
    void numbersOutOfBoundsAreNotNumbers() {
        assertThat(BoundedNumbers.decimal(" 12.5 ")).isEqualByComparingTo("12.5");
        assertThat(BoundedNumbers.decimal("1E100")).isEqualByComparingTo(new BigDecimal("1E100"));
        assertThat(BoundedNumbers.decimal("1E100000000")).isNull();
        assertThat(BoundedNumbers.decimal("1E-100000000")).isNull();
        assertThat(BoundedNumbers.decimal("1E99999999999999999999")).isNull();
        assertThat(BoundedNumbers.decimal("NaN")).isNull();
        assertThat(BoundedNumbers.decimal("Infinity")).isNull();
        assertThat(BoundedNumbers.decimal("9".repeat(65))).isNull();
        assertThat(BoundedNumbers.decimal("0E-999999")).isNull();
        assertThat(BoundedNumbers.integer("+42")).isEqualTo(42);
        assertThat(BoundedNumbers.integer("1".repeat(10_000_000))).isNull();
    }
}
