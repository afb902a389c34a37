package eu.credentialgateway.align.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildEscoIndexTest {
    private static final Path VOCAB = Path.of(System.getProperty("user.dir")).resolve("../shared/vocab").normalize();
    private static final Path COMMITTED = Path.of(System.getProperty("user.dir"), "ontologies", "esco", "skills.tsv.gz");

    @BeforeAll
    static void needsTheReferenceData() {
        assumeTrue(Files.isDirectory(VOCAB.resolve("esco-v1.1.1")), "../shared is absent: skipping the ESCO builder's checks against the reference data");
    }

    @Test
    void rebuildsTheCommittedFileByteForByte(@TempDir Path out) throws IOException {
        Path built = out.resolve("skills.tsv.gz");
        BuildEscoIndex.main(new String[] {VOCAB.toString(), built.toString()});
        assertThat(Files.mismatch(built, COMMITTED)).as("ontologies/esco/skills.tsv.gz differs from a fresh build").isEqualTo(-1L);
        assertThat(Files.size(COMMITTED)).as("compact: a few MB at most").isLessThan(4_000_000L);
    }

    @Test
    void keepsEveryV111SkillAndMarksV10OnlyOnesRemoved() throws IOException {
        Map<String, BuildEscoIndex.Skill> skills = BuildEscoIndex.build(VOCAB);
        long released = skills.values().stream().filter(s -> s.status.equals("released")).count();
        long removed = skills.values().stream().filter(s -> s.status.equals(BuildEscoIndex.REMOVED)).count();
        assertThat(released).isEqualTo(13_896);
        assertThat(removed).isEqualTo(106);
        BuildEscoIndex.Skill musicalStaff = skills.get("0005c151-5b5a-4a66-8aac-60e734beb1ab");
        assertThat(musicalStaff.labels.get("en p")).containsExactly("manage musical staff");
        assertThat(musicalStaff.labels.get("en a")).contains("manage music staff").doesNotContain("manage musical staff");
        assertThat(musicalStaff.labels.get("fr p")).containsExactly("gérer le personnel musical");
    }
}
