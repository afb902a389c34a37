package eu.credentialgateway.quarantine;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the quarantine ({@code gateway.quarantine.*}).
 *
 * @param dir where failed inputs are kept, one folder per input id; unset: {@code <gateway.home>/data/quarantine}
 */
@ConfigurationProperties("gateway.quarantine")
public record QuarantineProperties(Path dir) {
    /** The folder to use, given {@code gateway.home}. */
    Path dirUnder(Path home) {
        return dir != null ? dir : home.resolve("data").resolve("quarantine");
    }
}
