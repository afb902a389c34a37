package eu.credentialgateway.quarantine;

import eu.credentialgateway.AtomicFile;
import eu.credentialgateway.CanonicalUuid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The quarantine on disk: {@code <dir>/<inputId>/original.bin} (the bytes as received) and
 * {@code <dir>/<inputId>/reason.json} (a {@link QuarantineEntry}). Each file is written to a temporary
 * name in the same folder and moved into place atomically, reason last, so an entry with a reason is
 * complete. Reads skip folders that are not entries.
 */
@Component
public class QuarantineStore {
    static final String ORIGINAL = "original.bin";
    static final String REASON = "reason.json";
    private static final Logger LOG = LoggerFactory.getLogger(QuarantineStore.class);

    private final Path dir;

    @Autowired
    public QuarantineStore(QuarantineProperties properties, @Value("${gateway.home:.}") String home) {
        // a String, not a Path: Spring's PathEditor would resolve "." against the servlet docbase
        this(properties.dirUnder(Path.of(home)));
    }

    /** A store over {@code dir} (created on first write). */
    public QuarantineStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The quarantine folder. */
    public Path dir() {
        return dir;
    }

    /** Keeps one failed input; the same input id again replaces its entry. */
    void put(QuarantineEntry entry, byte[] original) throws IOException {
        Path folder = dir.resolve(entry.inputId().toString());
        Files.createDirectories(folder);
        if (original != null) {
            AtomicFile.write(folder.resolve(ORIGINAL), original);
        }
        AtomicFile.write(folder.resolve(REASON), ReasonJson.write(entry));
    }

    /** Every complete entry, oldest first. */
    public List<QuarantineEntry> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<QuarantineEntry> entries = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path folder : folders) {
                inputId(folder.getFileName().toString()).flatMap(this::find).ifPresent(entries::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the quarantine " + dir, e);
        }
        entries.sort(Comparator.comparing(QuarantineEntry::quarantinedAt).thenComparing(QuarantineEntry::inputId));
        return entries;
    }

    /** The entry of one input, if it was quarantined. */
    public Optional<QuarantineEntry> find(UUID inputId) {
        Path reason = dir.resolve(inputId.toString()).resolve(REASON);
        try {
            return Optional.of(ReasonJson.read(Files.readAllBytes(reason)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("quarantine entry {} has an unreadable {}: {}", inputId, REASON, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The original bytes of one quarantined input, if they were kept. */
    public Optional<byte[]> original(UUID inputId) {
        try {
            return Optional.of(Files.readAllBytes(dir.resolve(inputId.toString()).resolve(ORIGINAL)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the original of quarantined input " + inputId, e);
        }
    }

    /**
     * Removes one entry's folder with everything in it. Safe to repeat and to race with another instance doing the
     * same: a file already gone is no error. True when this call removed the entry's folder.
     */
    public boolean delete(UUID inputId) {
        Path folder = dir.resolve(inputId.toString());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete quarantine entry " + inputId, e);
        }
        try {
            return Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete quarantine entry " + inputId, e);
        }
    }

    /**
     * The entries quarantined before {@code cutoff}: by their reason's {@code quarantinedAt}, or, for a folder without
     * a readable reason (a write cut short), by the newest last-modified time of its files.
     */
    public List<UUID> quarantinedBefore(Instant cutoff) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<UUID> old = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path folder : folders) {
                Optional<UUID> id = inputId(folder.getFileName().toString());
                if (id.isPresent() && quarantinedAt(id.get(), folder).filter(at -> at.isBefore(cutoff)).isPresent()) {
                    old.add(id.get());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the quarantine " + dir, e);
        }
        return old;
    }

    private Optional<Instant> quarantinedAt(UUID inputId, Path folder) throws IOException {
        Optional<QuarantineEntry> entry = find(inputId);
        if (entry.isPresent()) {
            return Optional.of(entry.get().quarantinedAt());
        }
        Instant newest = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Instant modified = Files.getLastModifiedTime(file).toInstant();
                newest = newest == null || modified.isAfter(newest) ? modified : newest;
            }
            return Optional.of(newest != null ? newest : Files.getLastModifiedTime(folder).toInstant());
        } catch (NoSuchFileException gone) {
            // removed meanwhile (another instance's purge): nothing to do
            return Optional.empty();
        }
    }

    /** Only a folder named exactly as the store names entries (lower case, no blanks) is one. */
    private static Optional<UUID> inputId(String folderName) {
        return CanonicalUuid.parse(folderName).filter(id -> id.toString().equals(folderName));
    }
}
