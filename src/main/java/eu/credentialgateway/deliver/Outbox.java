package eu.credentialgateway.deliver;

import eu.credentialgateway.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox folder: one file per credential, {@code <uuid><extension>}, the extension saying the form
 * ({@link #extensionOf}). A write goes to a hidden temporary file ({@code .<uuid>.<random>.tmp}, never matching a
 * credential's name) in the same folder, is flushed to disk and renamed into place, so a reader sees the old file or
 * the new one, never a part of either.
 */
final class Outbox {
    /** The extension of a form whose media type is not known: the EDC JSON-LD's. */
    static final String SUFFIX = ".jsonld";
    /** Media type (parameters dropped) -> file extension, one per form the profiles make. */
    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/ld+json", ".jsonld",
            "application/vc+ld+json", ".jsonld",
            "application/jose+json", ".jades.json",
            "application/vc", ".json",
            "application/json", ".json",
            "application/vc+jwt", ".jwt",
            "application/jwt", ".jwt",
            "text/turtle", ".ttl",
            "application/n-quads", ".nq");

    private final Path dir;

    Outbox(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    /**
     * The file extension of a form: {@code .jsonld} (EDC JSON-LD, unsealed OB 3.0), {@code .jades.json} (JAdES JSON
     * around the EDC JSON-LD), {@code .json} (unsealed EBSI VCDM 2.0), {@code .jwt} (EBSI and OB 3.0 compact JWTs),
     * {@code .ttl}, {@code .nq}; {@code .jsonld} when the media type is null or another.
     */
    static String extensionOf(String mediaType) {
        if (mediaType == null) {
            return SUFFIX;
        }
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return EXTENSIONS.getOrDefault(bare, SUFFIX);
    }

    /** Writes (or replaces) the credential with this id as JSON-LD; returns the file. */
    Path write(UUID credentialId, byte[] content) throws IOException {
        return write(credentialId, null, content);
    }

    /** Writes (or replaces) the credential with this id in the form {@code mediaType} names; returns the file. */
    Path write(UUID credentialId, String mediaType, byte[] content) throws IOException {
        Path target = dir.resolve(credentialId + extensionOf(mediaType));
        AtomicFile.write(target, content);
        return target;
    }
}
