package eu.credentialgateway.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the retention purge asks of the store: which entries are older than a cutoff, and removing one, twice safely. */
class QuarantineStoreRetentionTest {
    static final Instant CUTOFF = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;

    QuarantineEntry entry(UUID id, Instant quarantinedAt) {
        return new QuarantineEntry(id, "ab12", "elmo", "inbox", null, quarantinedAt, quarantinedAt, Step.CHECK, Rejection.INVALID,
                List.of(new Finding(Stage.CHECK, "not-well-formed", "the document is not well-formed XML", "line 1")));
    }

    @Test
    void entriesCountFromWhenTheyWereQuarantinedAndCutShortWritesFromTheirFiles() throws Exception {
        QuarantineStore store = new QuarantineStore(dir);
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        store.put(entry(old, CUTOFF.minusSeconds(1)), new byte[] {1});
        store.put(entry(recent, CUTOFF.plusSeconds(1)), new byte[] {2});
        // the files of the recent one are old: the reason's time counts, not the files'
        Files.setLastModifiedTime(dir.resolve(recent.toString()).resolve("reason.json"), FileTime.from(CUTOFF.minus(Duration.ofDays(9))));
        UUID cutShortOld = UUID.randomUUID();
        UUID cutShortRecent = UUID.randomUUID();
        for (UUID id : List.of(cutShortOld, cutShortRecent)) {
            Path original = Files.createDirectories(dir.resolve(id.toString())).resolve("original.bin");
            Files.write(original, new byte[] {3});
            Files.setLastModifiedTime(original, FileTime.from(id == cutShortOld ? CUTOFF.minusSeconds(60) : CUTOFF.plusSeconds(60)));
        }
        Files.createDirectories(dir.resolve("not-an-entry"));

        assertThat(store.quarantinedBefore(CUTOFF)).containsExactlyInAnyOrder(old, cutShortOld);
    }

    @Test
    void deletingRemovesTheFolderOnceAndAgainIsNoError() throws Exception {
        QuarantineStore store = new QuarantineStore(dir);
        UUID id = UUID.randomUUID();
        store.put(entry(id, CUTOFF), new byte[] {1, 2, 3});

        assertThat(store.delete(id)).isTrue();
        assertThat(dir.resolve(id.toString())).doesNotExist();
        assertThat(store.find(id)).isEmpty();
        assertThat(store.delete(id)).isFalse();
        assertThat(store.delete(UUID.randomUUID())).isFalse();
    }
}
