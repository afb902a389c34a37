package eu.credentialgateway.deliver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
        Files.createDirectories(dir);
        Path target = dir.resolve(credentialId + SUFFIX);
        Path temp = Files.createTempFile(dir, "." + credentialId + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory();
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory (POSIX); elsewhere a no-op. */
    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a directory as a channel; the rename is still atomic
        }
    }
}
