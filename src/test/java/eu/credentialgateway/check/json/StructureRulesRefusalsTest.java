package eu.credentialgateway.check.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.credentialgateway.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Structure rules of mappings/*.rules.properties that refuse, with their own code, documents the mapping would
 * otherwise turn into no claim (refused only by the shapes), or note a relation the mapping drops; each
 * checked on a good test-data document that the rules let through and on the same document broken one way.
 */
class StructureRulesRefusalsTest {
    private static final String NOW = "2026-01-01T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> rejections(String format, JsonNode document) {
        JsonRules rules = JsonRules.read(Path.of("mappings", format + JsonRulesStage.SUFFIX));
        return rules.check(document, NOW).stream().filter(f -> !rules.isNote(f.code())).map(Finding::code).toList();
    }

    static ObjectNode read(String path) throws IOException {
        return (ObjectNode) JSON.readTree(Path.of("test-data", path).toFile());
    }

    @Test
    void anOpenBadges2AssertionWithoutABadgeIsMissingBadge() throws IOException {
        ObjectNode assertion = read("openbadges-v2/embedded-hashed-recipient/input.json");
        assertThat(rejections("openbadges-v2", assertion)).isEmpty();
        assertion.remove("badge");
        assertThat(rejections("openbadges-v2", assertion)).containsExactly("missing-badge");
    }

    @Test
    void anOpenBadges3CredentialWithAnArrayOfSubjectsIsAnInvalidCredentialSubject() throws IOException {
        ObjectNode credential = read("openbadges-v3/vc2-results-credits/input.json");
        assertThat(rejections("openbadges-v3", credential)).isEmpty();
        JsonNode subject = credential.get("credentialSubject");
        ArrayNode many = credential.putArray("credentialSubject");
        for (int i = 0; i < 1000; i++) {
            many.add(subject.deepCopy());
        }
        assertThat(rejections("openbadges-v3", credential)).containsExactly("invalid-credential-subject");
        credential.putArray("credentialSubject").add(subject.deepCopy());
        assertThat(rejections("openbadges-v3", credential)).as("an array of one").containsExactly("invalid-credential-subject");
    }

    static List<String> notes(String format, JsonNode document) {
        JsonRules rules = JsonRules.read(Path.of("mappings", format + JsonRulesStage.SUFFIX));
        return rules.check(document, NOW).stream().filter(f -> rules.isNote(f.code())).map(Finding::code).toList();
    }

    /** A note, not a refusal: the 1EdTech validator's own CLR sample simple_v1.json has such associations. */
    @Test
    void aClrAssociationNamingNoAchievementOfTheClrIsNotedAsUnresolved() throws IOException {
        ObjectNode clr = read("clr-v2/two-credentials-with-association/input.json");
        assertThat(rejections("clr-v2", clr)).isEmpty();
        assertThat(notes("clr-v2", clr)).doesNotContain("unresolved-association");
        ArrayNode associations = (ArrayNode) clr.at("/credentialSubject/association");
        String held = associations.get(0).get("sourceId").asText();
        associations.addObject().put("type", "Association").put("associationType", "isParentOf")
                .put("sourceId", held).put("targetId", "urn:x:nothing");
        assertThat(rejections("clr-v2", clr)).isEmpty();
        assertThat(notes("clr-v2", clr)).containsExactly("unresolved-association");
        // an achievement the CLR lists without a credential is not nowhere
        ((ObjectNode) clr.get("credentialSubject")).putArray("achievement").addObject()
                .put("id", "urn:x:nothing").put("type", "Achievement").put("name", "Planned");
        assertThat(notes("clr-v2", clr)).doesNotContain("unresolved-association");
    }
}
