package eu.credentialgateway.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of a batch file (CSV or XLSX, split row by row).
 *
 * @param maxRows most data rows read from one file; the rest of a longer file is refused (too-many-rows)
 */
@ConfigurationProperties("gateway.batch")
public record BatchProperties(@DefaultValue("100000") int maxRows) {
    public BatchProperties {
        if (maxRows < 1) {
            throw new IllegalArgumentException("gateway.batch.max-rows must be at least 1");
        }
    }

    /** The embedded defaults, for code that runs without Spring. */
    public static BatchProperties defaults() {
        return new BatchProperties(100_000);
    }
}
