package eu.credentialgateway.deliver;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of delivery ({@code gateway.deliver.*}).
 *
 * @param outboxDir where credentials are written as {@code <uuid>.jsonld}; unset: {@code <gateway.home>/data/outbox}
 */
@ConfigurationProperties("gateway.deliver")
public record DeliverProperties(Path outboxDir) {
    /** The folder to use, given {@code gateway.home}. */
    Path outboxDirUnder(Path home) {
        return outboxDir != null ? outboxDir : home.resolve("data").resolve("outbox");
    }
}
