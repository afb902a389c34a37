package eu.credentialgateway.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ESCO skills and their matcher, loaded once at start from the compact file and shared (immutable,
 * thread-safe): URI checks for ESCO skills found in inputs, and ranked candidates for free text. The
 * matcher's Lucene index is opened from its on-disk cache ({@link EscoIndexCache}) when there is one for
 * this skills file, else built (and cached).
 */
@Component
public class EscoAlignments {
    private static final Logger LOG = LoggerFactory.getLogger(EscoAlignments.class);
    private final EscoSkills skills;
    private final EscoMatcher matcher;
    private final EscoProperties properties;

    @Autowired
    public EscoAlignments(EscoProperties properties, EscoIndexProperties index, @Value("${gateway.home:.}") String gatewayHome) {
        long start = System.nanoTime();
        Path file = properties.fileUnder(gatewayHome);
        this.skills = load(file);
        this.matcher = index.cached() ? EscoIndexCache.matcher(skills, file, index.cacheDirUnder(gatewayHome)) : EscoMatcher.build(skills);
        this.properties = properties;
        LOG.info("ESCO index: {} skills, {} labels, ready in {} ms ({})", skills.size(), matcher.labelCount(),
                (System.nanoTime() - start) / 1_000_000, index.cached() ? "cached under " + index.cacheDirUnder(gatewayHome) : "in memory");
    }

    /** Skills given, index built in memory (tests). */
    public EscoAlignments(EscoSkills skills, EscoProperties properties) {
        this.skills = skills;
        this.matcher = EscoMatcher.build(skills);
        this.properties = properties;
    }

    public EscoSkills skills() {
        return skills;
    }

    public EscoMatcher matcher() {
        return matcher;
    }

    public EscoProperties properties() {
        return properties;
    }

    private static EscoSkills load(Path file) {
        try {
            return EscoSkills.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ESCO skills file " + file, e);
        }
    }
}
