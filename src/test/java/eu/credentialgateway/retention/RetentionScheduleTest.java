package eu.credentialgateway.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The schedule runs the purge every interval, keeps going after a failed run, and stops with the context. */
class RetentionScheduleTest {
    static final Duration DAY = Duration.ofDays(1);

    /** A purge that counts its runs; every other run fails. */
    static final class CountingPurge extends RetentionPurge {
        final AtomicInteger runs = new AtomicInteger();

        CountingPurge() {
            super(new RetentionProperties(DAY, DAY, DAY, DAY, DAY, Duration.ofSeconds(1)), null, Path.of("."), null, null, null, null,
                    Clock.systemUTC());
        }

        @Override
        public PurgeReport run() {
            if (runs.incrementAndGet() % 2 == 1) {
                throw new IllegalStateException("database away");
            }
            return new PurgeReport(0, 0, 0, 0, 0, 0, 0);
        }
    }

    @Test
    void runsEveryIntervalSurvivesAFailedRunAndStops() {
        CountingPurge purge = new CountingPurge();
        RetentionSchedule schedule = new RetentionSchedule(purge, new RetentionProperties(DAY, DAY, DAY, DAY, DAY, Duration.ofSeconds(1)));

        schedule.start();
        assertThat(schedule.isRunning()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> purge.runs.get() >= 3);
        schedule.stop();
        int stoppedAt = purge.runs.get();

        assertThat(schedule.isRunning()).isFalse();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> purge.runs.get() == stoppedAt);
    }
}
