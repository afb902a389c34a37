package eu.credentialgateway.align;

import eu.credentialgateway.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the ESCO matcher's Lucene index on disk, so that a start opens it instead of analysing and indexing
 * 150,000 labels again. One folder per index under the cache folder, named by the SHA-256 of the skills file,
 * the Lucene version and {@link EscoMatcher#INDEX_FORMAT}; any other change of those makes a new folder (and
 * old ones are removed). A folder is built under a temporary name and renamed when complete; one that does not
 * open or fails its checksums is deleted and built again. Trouble with the cache folder itself (not writable,
 * disk full) is never fatal: the index is then built in memory.
 */
final class EscoIndexCache {
    private static final Logger LOG = LoggerFactory.getLogger(EscoIndexCache.class);
    static final String PREFIX = "esco-";

    private EscoIndexCache() {
    }

    /** The matcher for the skills read from {@code skillsFile}, from the cache under {@code cacheRoot} when possible. */
    static EscoMatcher matcher(EscoSkills skills, Path skillsFile, Path cacheRoot) {
        Path dir;
        try {
            dir = cacheRoot.resolve(folderName(skillsFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ESCO skills file " + skillsFile, e);
        }
        if (Files.isDirectory(dir)) {
            try {
                return EscoMatcher.open(skills, MMapDirectory.open(dir));
            } catch (IOException | RuntimeException e) {
                LOG.warn("ESCO index cache {} is unusable ({}): building it again", dir, e.getClass().getSimpleName());
                deleteQuietly(dir);
            }
        }
        try {
            build(skills, dir);
            removeOthers(cacheRoot, dir);
            return EscoMatcher.open(skills, MMapDirectory.open(dir));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ESCO index cache under {} cannot be used ({}): indexing in memory", cacheRoot, e.getClass().getSimpleName());
            return EscoMatcher.build(skills);
        }
    }

    /** {@code esco-<first 16 hex of the file's SHA-256>-lucene-<version>-<index format>}. */
    static String folderName(Path skillsFile) throws IOException {
        return PREFIX + sha256(skillsFile).substring(0, 16) + "-lucene-" + Version.LATEST + "-" + EscoMatcher.INDEX_FORMAT;
    }

    private static void build(EscoSkills skills, Path dir) throws IOException {
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp-");
        try {
            try (FSDirectory out = FSDirectory.open(tmp)) {
                EscoMatcher.write(skills, out);
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another process finished the same index first, or no atomic rename here: keep what is there
                if (!Files.isDirectory(dir)) {
                    Files.move(tmp, dir);
                }
            }
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Removes index folders of other skills files, Lucene versions or formats (best effort). */
    private static void removeOthers(Path cacheRoot, Path keep) {
        try (Stream<Path> s = Files.list(cacheRoot)) {
            String current = keep.getFileName().toString();
            List<Path> others = s.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> !p.getFileName().toString().startsWith(current)).toList();
            others.forEach(EscoIndexCache::deleteQuietly);
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", cacheRoot, e.toString());
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", dir, e.toString());
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
