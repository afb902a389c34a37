package eu.credentialgateway.deliver;

import eu.credentialgateway.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The outbox folder: one {@code <uuid>.jsonld} per credential. A write goes to a hidden temporary file
 * ({@code .<uuid>.<random>.tmp}, never matching {@code *.jsonld}) in the same folder, is flushed to disk
 * and renamed into place, so a reader sees the old file or the new one, never a part of either.
 */
final class Outbox {
    static final String SUFFIX = ".jsonld";

    private final Path dir;

    Outbox(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    /** Writes (or replaces) the credential with this id; returns the file. */
    Path write(UUID credentialId, byte[] content) throws IOException {
        Path target = dir.resolve(credentialId + SUFFIX);
        AtomicFile.write(target, content);
        return target;
    }
}
