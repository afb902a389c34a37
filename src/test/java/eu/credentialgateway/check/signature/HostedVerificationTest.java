package eu.credentialgateway.check.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OB 2.0 hosted-verification scope, judged on the documents of a request (cases with files: test-data/openbadges-v2/hosted-*). */
class HostedVerificationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Outcome(List<String> rejections, List<String> notes) {
    }

    private static Outcome check(String... documents) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            nodes.add(JSON.readTree(documents[i]));
            locations.add("$[" + i + "]");
        }
        List<Finding> rejections = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        HostedVerification.check(nodes, locations, rejections, notes);
        return new Outcome(rejections.stream().map(f -> f.code() + "@" + f.location()).toList(),
                notes.stream().map(f -> f.code() + "@" + f.location()).toList());
    }

    private static String assertion(String id, String verificationType) {
        return """
                {"type": "Assertion", "id": "%s", "badge": "https://uni.example/badges/b", "verification": {"type": "%s"}}"""
                .formatted(id, verificationType);
    }

    private static final String BADGE = """
            {"type": "BadgeClass", "id": "https://uni.example/badges/b", "name": "B", "issuer": "https://uni.example/issuer"}""";

    @Test
    void theIssuerIdsHostIsTheDefaultOrigin() throws IOException {
        String issuer = """
                {"type": "Issuer", "id": "https://uni.example/issuer", "name": "U"}""";
        assertThat(check(assertion("https://uni.example/a/1", "hosted"), BADGE, issuer)).isEqualTo(new Outcome(List.of(), List.of()));
        assertThat(check(assertion("https://other.example/a/1", "HostedBadge"), BADGE, issuer).rejections())
                .containsExactly("hosted-origin-not-allowed@$[0]");
    }

    @Test
    void aHostedAssertionWithoutAnHttpIdIsNotWithinAnyOrigin() throws IOException {
        String issuer = """
                {"type": "Issuer", "id": "https://uni.example/issuer", "name": "U"}""";
        assertThat(check(assertion("urn:uuid:0b5c1f6e-0000-4000-8000-000000000001", "hosted"), BADGE, issuer).rejections())
                .containsExactly("hosted-origin-not-allowed@$[0]");
    }

    @Test
    void allowedOriginsReplaceTheDefaultAndStartsWithNarrowsThem() throws IOException {
        String issuer = """
                {"type": "Issuer", "id": "https://uni.example/issuer", "name": "U",
                 "verification": {"allowedOrigins": "cdn.example", "startsWith": ["https://cdn.example/uni/"]}}""";
        assertThat(check(assertion("https://cdn.example/uni/1", "hosted"), BADGE, issuer).rejections()).isEmpty();
        assertThat(check(assertion("https://cdn.example/someone-else/1", "hosted"), BADGE, issuer).rejections())
                .containsExactly("hosted-origin-not-allowed@$[0]");
        assertThat(check(assertion("https://uni.example/issuer/1", "hosted"), BADGE, issuer).rejections())
                .as("startsWith misses first").containsExactly("hosted-origin-not-allowed@$[0]");
    }

    @Test
    void anIssuerWithoutAnHttpIdLeavesTheScopeUncheckedWithANote() throws IOException {
        String issuer = """
                {"type": "Issuer", "id": "urn:uuid:2d391246-0000-4000-8000-000000000002", "name": "U"}""";
        assertThat(check(assertion("https://uni.example/a/1", "hosted"), BADGE, issuer))
                .isEqualTo(new Outcome(List.of(), List.of("hosted-origin-not-checked@$[0]")));
    }

    @Test
    void anIssuerNotInTheRequestLeavesTheScopeUncheckedWithANote() throws IOException {
        assertThat(check(assertion("https://uni.example/a/1", "hosted")))
                .isEqualTo(new Outcome(List.of(), List.of("hosted-origin-not-checked@$[0]")));
    }

    @Test
    void aSignedAssertionIsNotJudgedByTheHostedScope() throws IOException {
        String issuer = """
                {"type": "Issuer", "id": "https://uni.example/issuer", "name": "U"}""";
        assertThat(check(assertion("urn:uuid:0b5c1f6e-0000-4000-8000-000000000001", "signed"), BADGE, issuer))
                .isEqualTo(new Outcome(List.of(), List.of()));
    }
}
