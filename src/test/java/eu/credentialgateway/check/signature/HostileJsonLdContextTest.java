package eu.credentialgateway.check.signature;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Legal JSON-LD 1.1 contexts (an object entry, {@code @import}, {@code @protected}) added to a signed credential: the
 * proof is checked, kept unchecked (a context that is not served offline is never fetched), or refused with a
 * specific code; never an internal error.
 */
class HostileJsonLdContextTest {
    private static final Path HOME = Path.of(System.getProperty("user.dir"));
    private final DataIntegrityStage stage = new DataIntegrityStage(AdapterCatalog.of(HOME), CheckProperties.defaults(),
            ContextDocuments.fromHome(HOME));

    private Exchange run(String extraContext) throws Exception {
        String base = Files.readString(HOME.resolve("test-data/openbadges-v3/proof-did-key-signed/input.json"));
        String ob = "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"";
        String input = base.replace(ob, ob + ", " + extraContext);
        assertThat(input).as("the sample names the OB context").isNotEqualTo(base);
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(input.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "openbadges-v3");
        stage.process(exchange);
        return exchange;
    }

    @Test
    void aProtectedObjectContextThatRedefinesNothingKeepsTheProofValid() throws Exception {
        List<Finding> notes = Notes.of(run("{\"@version\": 1.1, \"@protected\": true, \"x\": \"urn:x:x\"}"));
        assertThat(notes).extracting(Finding::code).startsWith("proof-valid");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"@import\": \"https://evil.example/ctx.json\"}|JSON-LD INVALID_KEYWORD_IMPORT_VALUE",
        "{\"name\": {\"@id\": \"urn:x:name\", \"@protected\": true}}|JSON-LD PROTECTED_TERM_REDEFINITION",
        "{\"id\": \"urn:x:redefined\"}|JSON-LD PROTECTED_TERM_REDEFINITION"})
    void contextsThatCannotBeProcessedAreRefusedWithASpecificCode(String context, String why) {
        GatewayException rejected = org.junit.jupiter.api.Assertions.assertThrows(GatewayException.class, () -> run(context));
        assertThat(rejected.rejection().httpStatus()).isEqualTo(422);
        assertThat(rejected.findings().get(0).code()).isEqualTo("proof-unreadable");
        assertThat(rejected.findings().get(0).message()).endsWith(why);
    }

    @Test
    void aRemoteContextIsNeverFetchedAndTheProofIsKeptUnchecked() throws Exception {
        Finding note = Notes.of(run("\"https://evil.example/remote\"")).get(0);
        assertThat(note.code()).isEqualTo("proof-not-checked");
        assertThat(note.message()).contains("loading a remote context");
    }
}
