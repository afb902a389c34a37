package eu.credentialgateway.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscoIndexCacheTest {
    private static final Path EVAL = Path.of(System.getProperty("user.dir"), "test-data", "esco-eval", "phrases.tsv");
    private static EscoSkills skills;
    private static EscoMatcher inMemory;
    private static List<EscoBenchmark.Phrase> phrases;

    @BeforeAll
    static void load() throws IOException {
        skills = EscoSkills.read(EscoMatcherTest.FILE);
        inMemory = EscoMatcher.build(skills);
        phrases = EscoBenchmark.read(EVAL);
    }

    @Test
    void aCachedIndexMatchesExactlyAsTheInMemoryOne(@TempDir Path cache) throws IOException {
        EscoMatcher built = EscoIndexCache.matcher(skills, EscoMatcherTest.FILE, cache);
        Path folder = cache.resolve(EscoIndexCache.folderName(EscoMatcherTest.FILE));
        assertThat(folder).isDirectory();
        EscoMatcher opened = EscoIndexCache.matcher(skills, EscoMatcherTest.FILE, cache);

        assertThat(opened.labelCount()).isEqualTo(inMemory.labelCount());
        for (EscoBenchmark.Phrase p : phrases) {
            List<EscoCandidate> expected = inMemory.match(p.text(), p.lang(), 10);
            assertThat(built.match(p.text(), p.lang(), 10)).as(p.text()).isEqualTo(expected);
            assertThat(opened.match(p.text(), p.lang(), 10)).as(p.text()).isEqualTo(expected);
        }
        assertThat(opened.match("gérer un budget", null, 5)).isEqualTo(inMemory.match("gérer un budget", null, 5));
    }

    @Test
    void aDamagedCacheIsBuiltAgain(@TempDir Path cache) throws IOException {
        EscoIndexCache.matcher(skills, EscoMatcherTest.FILE, cache);
        Path folder = cache.resolve(EscoIndexCache.folderName(EscoMatcherTest.FILE));
        Path largest;
        try (Stream<Path> files = Files.list(folder)) {
            largest = files.max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(largest, bytes);

        EscoMatcher rebuilt = EscoIndexCache.matcher(skills, EscoMatcherTest.FILE, cache);
        assertThat(rebuilt.match("SQL", "en", 3)).isEqualTo(inMemory.match("SQL", "en", 3));
        assertThat(Files.readAllBytes(largest)).isNotEqualTo(bytes);
    }

    @Test
    void aCacheFolderThatCannotBeWrittenFallsBackToMemory(@TempDir Path tmp) throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        EscoMatcher m = EscoIndexCache.matcher(skills, EscoMatcherTest.FILE, notAFolder.resolve("cache"));
        assertThat(m.match("SQL", "en", 1)).isEqualTo(inMemory.match("SQL", "en", 1));
    }

    @Test
    void removesIndexesOfOtherSkillsFiles(@TempDir Path cache) throws IOException {
        Path stale = Files.createDirectories(cache.resolve(EscoIndexCache.PREFIX + "0000000000000000-lucene-9.0.0-labels-v0"));
        Files.writeString(stale.resolve("segments_1"), "old");
        Path unrelated = Files.createDirectories(cache.resolve("other"));
        EscoIndexCache.matcher(skills, EscoMatcherTest.FILE, cache);
        assertThat(stale).doesNotExist();
        assertThat(unrelated).isDirectory();
    }

    @Test
    void theFolderNameChangesWithTheSkillsFile(@TempDir Path tmp) throws IOException {
        Path copy = Files.copy(EscoMatcherTest.FILE, tmp.resolve("skills.tsv.gz"));
        assertThat(EscoIndexCache.folderName(copy)).isEqualTo(EscoIndexCache.folderName(EscoMatcherTest.FILE))
                .startsWith(EscoIndexCache.PREFIX).contains(org.apache.lucene.util.Version.LATEST.toString(), EscoMatcher.INDEX_FORMAT);
        Files.write(copy, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(EscoIndexCache.folderName(copy)).isNotEqualTo(EscoIndexCache.folderName(EscoMatcherTest.FILE));
    }

    @Test
    void defaultCacheFolderIsUnderTheDataFolder() {
        assertThat(new EscoIndexProperties(null, true).cacheDirUnder("/opt/gw")).isEqualTo(Path.of("/opt/gw/data/esco-index"));
        assertThat(new EscoIndexProperties(Path.of("/c"), true).cacheDirUnder("/opt/gw")).isEqualTo(Path.of("/c"));
    }
}
