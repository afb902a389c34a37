package eu.credentialgateway.ingest;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where inputs come from and how big they may be.
 *
 * @param maxSize    largest accepted document; larger ones are refused (HTTP 413) and quarantined
 * @param inboxDir   one sub-folder per format ({@code <inboxDir>/elmo/}); processed files move to its {@code done/}
 */
@ConfigurationProperties("gateway.ingest")
public record IngestProperties(@DefaultValue("20MB") DataSize maxSize,
                               @DefaultValue("data/inbox") Path inboxDir) {
}
