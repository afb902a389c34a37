package eu.credentialgateway.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EscoMatcherTest {
    static final Path FILE = Path.of(System.getProperty("user.dir"), "ontologies", "esco", "skills.tsv.gz");
    private static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
    private static EscoSkills skills;
    private static EscoMatcher matcher;

    @BeforeAll
    static void load() throws IOException {
        skills = EscoSkills.read(FILE);
        matcher = EscoMatcher.build(skills);
    }

    @Test
    void findsTheSkillWhosePreferredLabelIsThePhrase() {
        List<EscoCandidate> top = matcher.match("SQL", "en", 5);
        assertThat(top.get(0).uri()).isEqualTo(SQL);
        assertThat(top.get(0).label()).isEqualTo("SQL");
        assertThat(top.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void ranksCandidatesBestFirstWithScoresBetweenZeroAndOne() {
        List<EscoCandidate> top = matcher.match("plan and monitor the budget of a project", "en", 10);
        assertThat(top).hasSize(10);
        assertThat(top).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
        assertThat(top).extracting(EscoCandidate::uri).doesNotHaveDuplicates();
    }

    @Test
    void givesThePreferredLabelInTheLanguageAskedFor() {
        EscoCandidate fr = matcher.match("gérer le personnel musical", "fr", 1).get(0);
        assertThat(fr.uri()).isEqualTo("http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab");
        assertThat(fr.label()).isEqualTo("gérer le personnel musical");
    }

    @Test
    void fallsBackToEnglishLabelsForALanguageEscoHasNoLabelsIn() {
        EscoCandidate de = matcher.match("SQL", "de", 1).get(0);
        assertThat(de.uri()).isEqualTo(SQL);
        assertThat(de.label()).isEqualTo("SQL");
    }

    @Test
    void neverProposesASkillThatIsNotReleased() {
        EscoSkill removed = skills.skills().stream().filter(s -> !s.released()).findFirst().orElseThrow();
        String label = removed.preferredLabels().values().iterator().next();
        assertThat(matcher.match(label, null, 20)).extracting(EscoCandidate::uri).doesNotContain(removed.uri());
    }

    @Test
    void returnsNothingForBlankTextOrNoCommonTerm() {
        assertThat(matcher.match("  ", "en", 5)).isEmpty();
        assertThat(matcher.match("the of and", "en", 5)).isEmpty();
        assertThat(matcher.match("SQL", "en", 0)).isEmpty();
    }

    @Test
    void checksEscoUrisAsKnownObsoleteOrUnknown() {
        assertThat(skills.check(SQL)).isEqualTo(EscoUriStatus.KNOWN);
        EscoSkill removed = skills.skills().stream().filter(s -> !s.released()).findFirst().orElseThrow();
        assertThat(skills.check(removed.uri())).isEqualTo(EscoUriStatus.OBSOLETE);
        assertThat(skills.check("http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000")).isEqualTo(EscoUriStatus.UNKNOWN);
        assertThat(skills.check("https://example.org/skill/1")).isEqualTo(EscoUriStatus.UNKNOWN);
        assertThat(skills.check(null)).isEqualTo(EscoUriStatus.UNKNOWN);
    }
}
