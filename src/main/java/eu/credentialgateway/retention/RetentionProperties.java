package eu.credentialgateway.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the gateway keeps what it holds about inputs ({@code gateway.retention.*}, durations such as {@code 30d},
 * {@code 12h}; {@code 0} keeps that kind forever). docs/operations.md, Retention, says why each default is what it is.
 *
 * @param quarantine       quarantine entries (original bytes and reason), counted from when the input was quarantined
 * @param inboxDone        files the inbox routes moved to {@code <inbox>/<format>/done/}, counted from the move
 * @param credentialBodies stored credential bodies, counted from the last delivery once every task of a credential
 *                         was delivered
 * @param auditDetails     error summaries, findings and alignment decisions of finished inputs, counted from when the
 *                         input finished (the audit row, its outcome, codes and counts stay)
 * @param interruptedAfter an input still {@code received} this long after it arrived is marked {@code interrupted}
 *                         (the gateway stopped on the way); far above the slowest conversion, as a late finish still wins
 * @param interval         time between two purges (the first runs one interval after start)
 */
@ConfigurationProperties("gateway.retention")
public record RetentionProperties(@DefaultValue("30d") Duration quarantine,
                                  @DefaultValue("7d") Duration inboxDone,
                                  @DefaultValue("30d") Duration credentialBodies,
                                  @DefaultValue("365d") Duration auditDetails,
                                  @DefaultValue("1h") Duration interruptedAfter,
                                  @DefaultValue("1h") Duration interval) {
    public RetentionProperties {
        for (Duration d : new Duration[] {quarantine, inboxDone, credentialBodies, auditDetails, interruptedAfter}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("gateway.retention.* must be a duration >= 0 (0 keeps forever)");
            }
        }
        if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("gateway.retention.interval must be at least 1s");
        }
    }

    /** True when a kind is kept for this long and then purged; {@code 0} means kept forever. */
    static boolean on(Duration retention) {
        return !retention.isZero();
    }
}
