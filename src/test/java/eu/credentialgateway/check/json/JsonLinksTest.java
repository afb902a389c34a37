package eu.credentialgateway.check.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.CheckStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check.link.* of a JSON adapter: the check stage resolves references between objects into gw-&lt;name&gt; lists. */
class JsonLinksTest {
    private static final String UUID = "3f2c1a5e-0000-4000-8000-00000000e1e0";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path adapters;
    static CheckStage check;

    @BeforeAll
    static void adapters() throws IOException {
        Files.createDirectories(adapters.resolve("mappings"));
        write("record", """
                kind=json
                check.link.parts.from = $.documents[*].links[*]
                check.link.parts.ref = target
                check.link.parts.to = $.documents[*].items[*]
                check.link.parts.key = course.id
                """);
        write("bundle", """
                kind=json
                check.link.badge.from = $.documents[?(@.badge)]
                check.link.badge.ref = badge
                check.link.badge.to = $.documents[?(@.kind == 'class')]
                check.link.badge.key = id
                check.link.badge.sole = class-id-differs
                check.link.badge.unresolved = class-not-supplied
                """);
        check = new CheckStage(CheckProperties.defaults(), AdapterCatalog.of(adapters));
    }

    private static void write(String format, String properties) throws IOException {
        Files.writeString(adapters.resolve("mappings/" + format + ".adapter.properties"), properties);
        Files.writeString(adapters.resolve("mappings/" + format + ".rml.ttl"), "");
    }

    private static Exchange run(String format, String body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:" + UUID);
        check.process(exchange);
        return exchange;
    }

    private static JsonNode normalised(Exchange exchange) throws IOException {
        return JSON.readTree(exchange.getMessage().getBody(byte[].class));
    }

    @Test
    void aReferenceToARepeatedIdListsEveryObjectHoldingIt() throws IOException {
        JsonNode out = normalised(run("record", """
                {"items": [{"course": {"id": "c1"}}, {"course": {"id": "c2"}}, {"course": {"id": "c1"}}],
                 "links": [{"target": "c1"}, {"target": "c2"}, {"target": "elsewhere"}]}"""));
        JsonNode links = out.at("/documents/0/links");
        assertThat(links.get(0).get("gw-parts")).hasToString("[\"" + UUID + ".1.1.1\",\"" + UUID + ".1.1.3\"]");
        assertThat(links.get(1).get("gw-parts")).hasToString("[\"" + UUID + ".1.1.2\"]");
        assertThat(links.get(2).get("gw-parts")).as("an id no object holds links to nothing").isEmpty();
    }

    @Test
    void anArrayOfReferencesListsTheObjectsOfEach() throws IOException {
        JsonNode out = normalised(run("record", """
                {"items": [{"course": {"id": "c1"}}, {"course": {"id": "c2"}}], "links": [{"target": ["c2", "c1"]}]}"""));
        assertThat(out.at("/documents/0/links/0/gw-parts")).hasToString("[\"" + UUID + ".1.1.1\",\"" + UUID + ".1.1.2\"]");
    }

    @Test
    void anEmbeddedObjectIsNotAReference() throws IOException {
        JsonNode out = normalised(run("bundle", """
                {"badge": {"kind": "class", "id": "b1"}}"""));
        assertThat(out.at("/documents/0").has("gw-badge")).isFalse();
    }

    @Test
    void theOnlyCandidateIsTakenWithANoteWhenNoIdMatches() throws IOException {
        Exchange exchange = run("bundle", """
                [{"badge": "https://example.org/b.json"}, {"kind": "class", "id": "https://example.org/b"}]""");
        assertThat(normalised(exchange).at("/documents/0/gw-badge")).hasToString("[\"" + UUID + ".2\"]");
        assertThat(Notes.of(exchange)).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("class-id-differs");
            assertThat(n.location()).isEqualTo("$['documents'][0]");
        });
    }

    @Test
    void anUnresolvedReferenceAmongSeveralCandidatesIsRefusedWithTheLinksCode() {
        assertThatThrownBy(() -> run("bundle", """
                [{"badge": "https://example.org/b"}, {"kind": "class", "id": "x"}, {"kind": "class", "id": "y"}]"""))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.findings().get(0).code()).isEqualTo("class-not-supplied");
                    assertThat(e.findings().get(0).location()).isEqualTo("$['documents'][0]");
                });
    }

    @Test
    void aLinkWithoutItsMembersFailsAtStart() throws IOException {
        Path other = adapters.resolve("broken");
        Files.createDirectories(other.resolve("mappings"));
        Files.writeString(other.resolve("mappings/half.adapter.properties"), "kind=json\ncheck.link.x.from = $.a\n");
        Files.writeString(other.resolve("mappings/half.rml.ttl"), "");
        assertThatThrownBy(() -> new CheckStage(CheckProperties.defaults(), AdapterCatalog.of(other)))
                .hasMessageContaining("link 'x' needs check.link.x.ref");
    }
}
