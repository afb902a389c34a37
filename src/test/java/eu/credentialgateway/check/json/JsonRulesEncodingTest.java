package eu.credentialgateway.check.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules file is UTF-8 like the rest of an adapter: a refusal's message outside ASCII reaches the caller as written. */
class JsonRulesEncodingTest {
    @TempDir
    Path folder;

    @Test
    void aMessageOutsideAsciiReachesTheFindingAsWritten() throws IOException {
        String message = "l'attestation ne nomme aucun badge – «BadgeClass» manquante; Ωμέγα; zaliczeń";
        Path file = folder.resolve("notes.rules.properties");
        Files.writeString(file, "missing-badge.forbid = $.documents[?(!@.badge)]\nmissing-badge.message = " + message + "\n",
                StandardCharsets.UTF_8);

        List<Finding> findings = JsonRules.read(file).check(new ObjectMapper().readTree("{\"type\": \"Assertion\"}"),
                "2026-01-01T00:00:00Z");

        assertThat(findings).extracting(Finding::code, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("missing-badge", message));
    }
}
