package eu.credentialgateway.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the inbox routes moved to {@code <inbox>/<format>/done/} once an input was converted or quarantined.
 * A file's age counts from the later of its last-modified time and the move time the routes put in front of its
 * name ({@code yyyyMMdd-HHmmss-SSS-}, the gateway's time zone): a renamed file keeps the time it was last written,
 * which may be long before it reached the inbox.
 */
final class InboxDoneFiles {
    private static final DateTimeFormatter MOVED = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int MOVED_LENGTH = "yyyyMMdd-HHmmss-SSS".length();
    /** done/ and whatever sub-folders a route's move expression makes, no deeper. */
    private static final int MAX_DEPTH = 4;

    private final Path inbox;
    private final ZoneId zone;

    InboxDoneFiles(Path inbox, ZoneId zone) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.zone = zone;
    }

    /** Deletes every done file older than {@code cutoff}; returns how many this call deleted. */
    int deleteBefore(Instant cutoff) {
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> formats = Files.newDirectoryStream(inbox, Files::isDirectory)) {
            for (Path format : formats) {
                Path done = format.resolve("done");
                if (Files.isDirectory(done)) {
                    deleted += deleteIn(done, cutoff);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
        return deleted;
    }

    private int deleteIn(Path done, Instant cutoff) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(done, MAX_DEPTH)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int deleted = 0;
        for (Path file : files) {
            try {
                if (doneAt(file).isBefore(cutoff) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            } catch (NoSuchFileException gone) {
                // another instance removed it meanwhile
            }
        }
        return deleted;
    }

    private Instant doneAt(Path file) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        String name = file.getFileName().toString();
        if (name.length() > MOVED_LENGTH && name.charAt(MOVED_LENGTH) == '-') {
            try {
                Instant moved = LocalDateTime.parse(name.substring(0, MOVED_LENGTH), MOVED).atZone(zone).toInstant();
                return moved.isAfter(modified) ? moved : modified;
            } catch (DateTimeParseException notAMoveStamp) {
                // a name that only looks like one: its last-modified time counts
            }
        }
        return modified;
    }
}
