package eu.credentialgateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The two bounds of {@link ConversionSlots}: conversions at once and document bytes at once. */
class ConversionSlotsTest {
    private static final long MB = 1024 * 1024;

    @Test
    void largeDocumentsAreBoundByTheByteBudgetSmallOnesByTheCount() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ConversionSlots slots = new ConversionSlots(4, 25 * MB, meters);

        ConversionSlots.Slot first = slots.tryTake(19 * MB);
        assertThat(first).isNotNull();
        assertThat(slots.tryTake(19 * MB)).as("a second 19 MB document does not fit the 25 MB budget").isNull();
        assertThat(slots.inFlight()).as("the refused one holds nothing").isEqualTo(1);
        ConversionSlots.Slot small = slots.tryTake(4 * MB);
        assertThat(small).as("a small one fits beside it").isNotNull();
        first.close();
        first.close(); // twice gives back once
        assertThat(slots.inFlight()).isEqualTo(1);

        ConversionSlots.Slot huge = slots.tryTake(200 * MB);
        assertThat(huge).as("larger than the budget: it weighs the budget, so it waits for the others").isNull();
        small.close();
        huge = slots.tryTake(200 * MB);
        assertThat(huge).as("and runs alone").isNotNull();
        huge.close();

        ConversionSlots.Slot[] four = new ConversionSlots.Slot[4];
        for (int i = 0; i < 4; i++) {
            four[i] = slots.tryTake(1000);
            assertThat(four[i]).isNotNull();
        }
        assertThat(slots.tryTake(1000)).as("the fifth small one is over the count").isNull();
        assertThat(meters.get("gateway.conversions.refused").tag("reason", "overloaded").counter().count()).isEqualTo(3);
        assertThat(meters.get("gateway.conversions.in.flight").gauge().value()).isEqualTo(4);
    }
}
