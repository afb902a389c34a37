package eu.credentialgateway;

import java.util.Optional;
import java.util.UUID;

/**
 * The one strict reader of ids (URL paths, headers, folder names, {@code urn:uuid:} credential ids): only the
 * canonical 36-character form (any case) is a UUID. The JDK's {@link UUID#fromString} also takes short forms such as
 * {@code 1-2-3-4-5}, which would let two paths, files or headers name one resource.
 */
public final class CanonicalUuid {
    private static final String URN_UUID = "urn:uuid:";

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

    /** {@code value} itself when it is a UUID, else the UUID its text spells in canonical form, or empty. */
    public static Optional<UUID> of(Object value) {
        return value instanceof UUID id ? Optional.of(id) : parse(value == null ? null : value.toString());
    }

    /** The UUID of a {@code urn:uuid:<uuid>} id (the prefix in any case), canonical form only, or empty. */
    public static Optional<UUID> fromUrn(String urn) {
        if (urn == null || !urn.regionMatches(true, 0, URN_UUID, 0, URN_UUID.length())) {
            return Optional.empty();
        }
        return parse(urn.substring(URN_UUID.length()));
    }
}
