package eu.credentialgateway.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BackoffTest {
    static final DeliverProperties.Retry RETRY = new DeliverProperties.Retry(Duration.ofSeconds(1), 2.0,
            Duration.ofSeconds(30), 5, 0.5, Duration.ofMinutes(10));

    @Nested
    class ExponentialWithJitterAndCap {
        @Test
        void growsByTheFactorAndStaysWithinTheJitterBand() {
            Backoff backoff = new Backoff(RETRY, new Random(7));
            for (int attempt = 1; attempt <= 4; attempt++) {
                long full = 1000L << (attempt - 1);
                for (int i = 0; i < 200; i++) {
                    assertThat(backoff.delayAfter(attempt, null).toMillis()).isBetween(full / 2, full);
                }
            }
        }

        @Test
        void neverExceedsTheCap() {
            Backoff backoff = new Backoff(RETRY, new Random(7));
            assertThat(backoff.delayAfter(40, null)).isLessThanOrEqualTo(Duration.ofSeconds(30));
            assertThat(backoff.delayAfter(40, null)).isGreaterThanOrEqualTo(Duration.ofSeconds(15));
        }

        @Test
        void withoutJitterIsExact() {
            DeliverProperties.Retry exact = new DeliverProperties.Retry(Duration.ofMillis(100), 3.0, Duration.ofSeconds(5), 5, 0,
                    Duration.ofMinutes(1));
            assertThat(new Backoff(exact, new Random()).delayAfter(3, null)).isEqualTo(Duration.ofMillis(900));
        }

        @Test
        void countsAttemptsAgainstTheBudget() {
            Backoff backoff = new Backoff(RETRY, new Random());
            assertThat(backoff.exhausted(4)).isFalse();
            assertThat(backoff.exhausted(5)).isTrue();
        }
    }

    @Nested
    class HonoursRetryAfter {
        @Test
        void usesTheTargetsDelayInsteadOfTheBackoff() {
            assertThat(new Backoff(RETRY, new Random()).delayAfter(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        }

        @Test
        void boundsAnAbsurdRetryAfter() {
            assertThat(new Backoff(RETRY, new Random()).delayAfter(1, Duration.ofDays(400))).isEqualTo(Duration.ofMinutes(10));
        }

        @Test
        void readsDelaySeconds() {
            assertThat(RetryAfter.parse(" 120 ", Clock.systemUTC())).isEqualTo(Duration.ofSeconds(120));
        }

        @Test
        void readsAnHttpDate() {
            Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:27:00Z"), ZoneOffset.UTC);
            assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", clock)).isEqualTo(Duration.ofMinutes(1));
            assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
        }

        @Test
        void ignoresGarbage() {
            assertThat(RetryAfter.parse("soon", Clock.systemUTC())).isNull();
        }
    }
}
