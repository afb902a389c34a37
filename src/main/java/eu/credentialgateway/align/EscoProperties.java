package eu.credentialgateway.align;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of ESCO alignment.
 *
 * <p>The thresholds were chosen on the evaluation set {@code test-data/esco-eval/phrases.tsv} (246 phrases;
 * {@code EscoThresholdsTest} keeps them honest): at 0.85 the first candidate is the right skill for 74 of the
 * 78 phrases that reach it (precision 0.949, 32% of the phrases); 0.40 sends all but 6 of the other phrases to
 * review (those 6 score below it; 4 of them had the right skill among the first five).
 *
 * @param file             the compact ESCO skills file; unset: {@code ${gateway.home}/ontologies/esco/skills.tsv.gz}
 * @param defaultLimit     candidates the alignment API returns when the caller gives no limit
 * @param maxLimit         the largest limit the alignment API accepts
 * @param matchText        whether the align stage matches learning outcome texts at all
 * @param acceptThreshold  a phrase whose best candidate scores at least this (0..1) gets that skill added
 * @param reviewFloor      below the threshold but at least this (0..accept-threshold): the candidates go to the review queue
 * @param reviewCandidates how many ranked candidates a review item offers
 * @param maxPhrases       the most phrases matched in one credential; further ones are recorded as not matched
 */
@ConfigurationProperties("gateway.align.esco")
public record EscoProperties(Path file, @DefaultValue("10") int defaultLimit, @DefaultValue("50") int maxLimit,
                             @DefaultValue("true") boolean matchText, @DefaultValue("0.85") double acceptThreshold,
                             @DefaultValue("0.40") double reviewFloor, @DefaultValue("5") int reviewCandidates,
                             @DefaultValue("200") int maxPhrases) {
    @ConstructorBinding
    public EscoProperties {
        if (acceptThreshold < 0 || acceptThreshold > 1) {
            throw new IllegalArgumentException("gateway.align.esco.accept-threshold must be between 0 and 1");
        }
        if (reviewFloor < 0 || reviewFloor > acceptThreshold) {
            throw new IllegalArgumentException("gateway.align.esco.review-floor must be between 0 and the accept threshold");
        }
        if (reviewCandidates < 1 || reviewCandidates > 50) {
            throw new IllegalArgumentException("gateway.align.esco.review-candidates must be between 1 and 50");
        }
        if (maxPhrases < 0) {
            throw new IllegalArgumentException("gateway.align.esco.max-phrases must not be negative");
        }
    }

    /** The alignment API's limits with every other setting at its default. */
    public EscoProperties(Path file, int defaultLimit, int maxLimit) {
        this(file, defaultLimit, maxLimit, true, 0.85, 0.40, 5, 200);
    }

    /** The embedded defaults. */
    public static EscoProperties defaults() {
        return new EscoProperties(null, 10, 50);
    }

    /** The file: {@code file} when set, else {@code <home>/ontologies/esco/skills.tsv.gz}. */
    public Path fileUnder(String gatewayHome) {
        return file != null ? file : Path.of(gatewayHome == null ? "." : gatewayHome, "ontologies", "esco", "skills.tsv.gz");
    }
}
