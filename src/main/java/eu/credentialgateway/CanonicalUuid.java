package eu.credentialgateway;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads an id from a URL path strictly: only the canonical 36-character form (any case) is a UUID. The JDK's
 * {@link UUID#fromString} also takes short forms such as {@code 1-2-3-4-5}, which would let two paths name one
 * resource.
 */
public final class CanonicalUuid {
    private CanonicalUuid() {
    }

    /** The UUID {@code text} spells in canonical form (surrounding blanks ignored), or empty. */
    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String id = text.strip();
        try {
            UUID parsed = UUID.fromString(id);
            return parsed.toString().equalsIgnoreCase(id) ? Optional.of(parsed) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
