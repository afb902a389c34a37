package eu.credentialgateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that a reader sees the old content or the new, never part of either: the bytes go
 * to a hidden temporary file ({@code .<name>.<random>.tmp}) in the same folder, are flushed to disk,
 * renamed into place, and the folder itself is flushed so the rename survives a crash. {@link #createNew} keeps a
 * file that exists already instead (for a secret that instances sharing a folder must agree on).
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = written(folder, target, content);
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * {@link #createNew} for a secret: its folder is made owner-only (rwx------) when missing and the file is owner-only
     * (rw-------) from birth, where the file system has POSIX permissions. False when the file existed (kept).
     */
    public static boolean createOwnerOnly(Path target, byte[] content) throws IOException {
        boolean posix = target.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] folder = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        FileAttribute<?>[] file = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Files.createDirectories(target.toAbsolutePath().getParent(), folder);
        return createNew(target, content, file);
    }

    /**
     * Writes {@code target} unless it exists: false when it did (its content is kept). The temporary file is made
     * with {@code attributes} (e.g. owner-only permissions), so the file has them from birth, and is hard-linked into
     * place, which fails when the name is taken: two processes racing leave exactly one content.
     */
    public static boolean createNew(Path target, byte[] content, FileAttribute<?>... attributes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = written(folder, target, content, attributes);
        try {
            try {
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(temp, target); // no REPLACE_EXISTING: fails as the link does when the name is taken
            }
            syncFolder(folder);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A hidden temporary file beside {@code target} holding {@code content}, flushed to disk. */
    private static Path written(Path folder, Path target, byte[] content, FileAttribute<?>... attributes) throws IOException {
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", attributes);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private static void syncFolder(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some platforms cannot open a folder as a channel; the rename is still atomic there
        }
    }
}
