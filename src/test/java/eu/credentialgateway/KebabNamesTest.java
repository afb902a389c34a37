package eu.credentialgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.deliver.DeliveryState;
import org.junit.jupiter.api.Test;

class KebabNamesTest {
    @Test
    void joinsWordsWithADashInLowerCase() {
        assertThat(KebabNames.of(DeliveryState.FAILED_RETRYING)).isEqualTo("failed-retrying");
        assertThat(KebabNames.of(Stage.SEAL)).isEqualTo("seal");
    }

    @Test
    void readsNamesBackWhateverTheirCaseAndBlanks() {
        assertThat(KebabNames.find(DeliveryState.class, " Given-Up ")).contains(DeliveryState.GIVEN_UP);
        assertThat(KebabNames.find(DeliveryState.class, "given_up")).isEmpty();
        assertThat(KebabNames.find(DeliveryState.class, null)).isEmpty();
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesThatExist() {
        assertThatThrownBy(() -> KebabNames.parse(DeliveryState.class, "delivery state", "lost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown delivery state: expected one of pending, delivered, failed-retrying, given-up");
    }
}
