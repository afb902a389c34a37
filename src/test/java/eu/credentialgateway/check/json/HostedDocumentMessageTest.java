package eu.credentialgateway.check.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #14 item 6: an OB 2.0 refusal for a hosted document not sent along names the URL to send. */
class HostedDocumentMessageTest {
    private static final JsonRules RULES = JsonRules.read(Path.of("mappings/openbadges-v2.rules.properties"));
    private static final String NOW = "2026-01-01T00:00:00Z";

    private static List<Finding> check(String json) throws Exception {
        return RULES.check(new ObjectMapper().readTree(json), NOW);
    }

    private static Finding first(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " not in " + findings));
    }

    @Test
    void aBadgeClassNotSentIsNamedByItsUrl() throws Exception {
        Finding refused = first(check("""
                {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://b.example.org/a/1",
                 "recipient": {"type": "email", "hashed": false, "identity": "someone@example.org"},
                 "issuedOn": "2025-01-01T00:00:00Z", "badge": "https://b.example.org/badges/robotics.json",
                 "verification": {"type": "hosted"}}"""), "badge-class-not-supplied");
        assertThat(refused.message()).contains("send the BadgeClass at https://b.example.org/badges/robotics.json")
                .doesNotContain("someone@example.org");
    }

    @Test
    void anIssuerNotSentIsNamedByItsUrl() throws Exception {
        Finding refused = first(check("""
                [{"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://b.example.org/a/1",
                  "recipient": {"type": "email", "hashed": true, "identity": "sha256$00"},
                  "issuedOn": "2025-01-01T00:00:00Z", "badge": "https://b.example.org/badges/robotics",
                  "verification": {"type": "hosted"}},
                 {"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass", "id": "https://b.example.org/badges/robotics",
                  "name": "Robotics", "description": "d", "criteria": {"narrative": "n"}, "issuer": "https://b.example.org/issuer"}]"""),
                "issuer-not-supplied");
        assertThat(refused.message()).contains("send the Issuer profile at https://b.example.org/issuer");
    }

    @Test
    void aUrlIsQuotedWithoutItsQueryAndUserInformation() throws Exception {
        Finding withQuery = first(check("""
                {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://b.example.org/a/1",
                 "recipient": {"type": "email", "hashed": true, "identity": "sha256$00"}, "issuedOn": "2025-01-01T00:00:00Z",
                 "badge": "https://b.example.org/badge?learner=jane.doe%40example.org", "verification": {"type": "hosted"}}"""),
                "badge-class-not-supplied");
        assertThat(withQuery.message()).contains("at https://b.example.org/badge in").doesNotContain("jane");
        assertThat(QuotableUrl.of("https://jane:secret@b.example.org/badge")).isNull();
        assertThat(QuotableUrl.of("urn:uuid:1234")).isNull();
        assertThat(QuotableUrl.of("https://b.example.org/b#frag")).isEqualTo("https://b.example.org/b");
    }
}
