package eu.credentialgateway.align;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of ESCO alignment.
 *
 * @param file the compact ESCO skills file; unset: {@code ${gateway.home}/ontologies/esco/skills.tsv.gz}
 * @param defaultLimit candidates the alignment API returns when the caller gives no limit
 * @param maxLimit the largest limit the alignment API accepts
 */
@ConfigurationProperties("gateway.align.esco")
public record EscoProperties(Path file, @DefaultValue("10") int defaultLimit, @DefaultValue("50") int maxLimit) {
    /** The file: {@code file} when set, else {@code <home>/ontologies/esco/skills.tsv.gz}. */
    public Path fileUnder(String gatewayHome) {
        return file != null ? file : Path.of(gatewayHome == null ? "." : gatewayHome, "ontologies", "esco", "skills.tsv.gz");
    }
}
