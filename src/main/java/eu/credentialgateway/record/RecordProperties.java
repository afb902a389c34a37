package eu.credentialgateway.record;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code gateway.record.*}). The database itself is Spring's
 * {@code spring.datasource.*}: an H2 file under {@code gateway.home} by default, PostgreSQL by configuration.
 *
 * @param summaryLength the most characters of a quarantined input's error summary kept in the trail (100..4000)
 */
@ConfigurationProperties("gateway.record")
public record RecordProperties(@DefaultValue("2000") int summaryLength) {
    /** The column's size: the bound no setting can pass. */
    static final int MAX_SUMMARY_LENGTH = 4000;

    public RecordProperties {
        if (summaryLength < 100 || summaryLength > MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException("gateway.record.summary-length must be 100.." + MAX_SUMMARY_LENGTH);
        }
    }

    /** The embedded defaults. */
    public static RecordProperties defaults() {
        return new RecordProperties(2000);
    }
}
