package eu.credentialgateway.align;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the ESCO matcher keeps its Lucene index between starts ({@link EscoIndexCache}).
 *
 * @param cacheDir folder of the cached index; unset: {@code ${gateway.home}/data/esco-index}
 * @param cached false: build the index in memory at every start (about 4 s of CPU) and write nothing
 */
@ConfigurationProperties("gateway.align.esco.index")
public record EscoIndexProperties(Path cacheDir, @DefaultValue("true") boolean cached) {
    /** The cache folder: {@code cacheDir} when set, else {@code <home>/data/esco-index}. */
    public Path cacheDirUnder(String gatewayHome) {
        return cacheDir != null ? cacheDir : Path.of(gatewayHome == null ? "." : gatewayHome, "data", "esco-index");
    }
}
