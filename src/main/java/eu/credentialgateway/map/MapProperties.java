package eu.credentialgateway.map;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the map stage ({@code gateway.map.*}).
 *
 * @param embedOriginal per format ({@code gateway.map.embed-original.elmo=false}): whether the credential's evidence
 *                      embeds the original document (base64). Unset: true, as the ELM "converted" profile expects the
 *                      source document as the evidence's {@code embeddedEvidence}. False: the evidence embeds only the
 *                      SHA-256 of the original as a short text, so the credential stops carrying the learner's data a
 *                      second time in whatever the source format exposes (docs/operations.md, Retention)
 */
@ConfigurationProperties("gateway.map")
public record MapProperties(Map<String, Boolean> embedOriginal) {
    public MapProperties {
        Map<String, Boolean> byFormat = new TreeMap<>();
        if (embedOriginal != null) {
            embedOriginal.forEach((format, on) -> byFormat.put(format.toLowerCase(Locale.ROOT), on));
        }
        embedOriginal = Map.copyOf(byFormat);
    }

    /** Whether credentials of this format embed the original document (true unless set false for it). */
    boolean embedsOriginal(String format) {
        return format == null || embedOriginal.getOrDefault(format.toLowerCase(Locale.ROOT), Boolean.TRUE);
    }

    /** The defaults: every format embeds its original. */
    static MapProperties defaults() {
        return new MapProperties(null);
    }
}
