package eu.credentialgateway.align;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the align stage.
 *
 * @param vocabDir folder of the concept tables ({@code *.tsv}); unset: {@code ${gateway.home}/ontologies/vocab}
 */
@ConfigurationProperties("gateway.align")
public record AlignProperties(Path vocabDir) {
    /** The tables' folder: {@code vocabDir} when set, else {@code <home>/ontologies/vocab}. */
    public Path vocabDirUnder(String gatewayHome) {
        return vocabDir != null ? vocabDir : Path.of(gatewayHome == null ? "." : gatewayHome, "ontologies", "vocab");
    }
}
