package eu.credentialgateway.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outbox target writes each credential atomically as {@code <uuid><extension of its form>} ({@code .jsonld} when the
 * form is not known); a resend replaces it.
 */
class OutboxTargetTest {
    static final UUID ID = UUID.fromString("6f1c9a2e-1b0a-5c1e-9d55-0d8f1c2b3a4e");
    static final String CREDENTIAL = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"urn:uuid:" + ID + "\"}";

    @TempDir
    Path outbox;
    OutboxTarget stage;
    CamelContext camel = new DefaultCamelContext();

    @BeforeEach
    void stage() {
        stage = new OutboxTarget(outbox);
    }

    Exchange credential(String credentialId, String body) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, credentialId);
        exchange.getMessage().setBody(body);
        return exchange;
    }

    List<String> namesInOutbox() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheCredentialAsUuidDotJsonld() throws Exception {
        Exchange exchange = credential("urn:uuid:" + ID, CREDENTIAL);
        stage.process(exchange);

        Path file = outbox.resolve(ID + ".jsonld");
        assertThat(file).hasContent(CREDENTIAL);
        assertThat(exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class)).isEqualTo(file.toAbsolutePath().toString());
        assertThat(exchange.getMessage().getBody()).isEqualTo(CREDENTIAL);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "application/jose+json, .jades.json",
            "application/vc+jwt, .jwt",
            "application/jwt, .jwt",
            "application/ld+json, .jsonld",
            "application/vc+ld+json, .jsonld",
            "application/vc, .json",
            "text/turtle, .ttl",
            "application/n-quads, .nq",
            "'application/jose+json; charset=UTF-8', .jades.json",
            "application/x-unknown, .jsonld"})
    void namesTheFileWithTheExtensionOfItsForm(String mediaType, String extension) throws Exception {
        Exchange exchange = credential("urn:uuid:" + ID, "sealed form");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, mediaType);
        stage.process(exchange);

        assertThat(namesInOutbox()).containsExactly(ID + extension);
        assertThat(outbox.resolve(ID + extension)).hasContent("sealed form");
    }

    @Test
    void anUppercaseUrnNamesTheSameFile() throws Exception {
        stage.process(credential("URN:UUID:" + ID.toString().toUpperCase(), CREDENTIAL));

        assertThat(namesInOutbox()).containsExactly(ID + ".jsonld");
    }

    @Test
    void deliveringTheSameCredentialAgainReplacesItAndLeavesNoTemporaryFile() throws Exception {
        stage.process(credential("urn:uuid:" + ID, CREDENTIAL));
        stage.process(credential("urn:uuid:" + ID, CREDENTIAL.replace("v2", "v2 ")));

        assertThat(namesInOutbox()).containsExactly(ID + ".jsonld");
        assertThat(outbox.resolve(ID + ".jsonld")).hasContent(CREDENTIAL.replace("v2", "v2 "));
    }

    @Test
    void createsTheOutboxWhenItIsMissing() throws Exception {
        Path nested = outbox.resolve("data/outbox");
        new OutboxTarget(nested).process(credential("urn:uuid:" + ID, CREDENTIAL));

        assertThat(nested.resolve(ID + ".jsonld")).exists();
    }

    @Test
    void aReaderNeverSeesAPartOfACredential() throws Exception {
        String small = "{\"v\":\"" + "a".repeat(10) + "\"}";
        String large = "{\"v\":\"" + "b".repeat(4_000_000) + "\"}";
        stage.process(credential("urn:uuid:" + ID, small));
        Path file = outbox.resolve(ID + ".jsonld");
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> {
            List<String> torn = new ArrayList<>();
            for (int reads = 0; writing.get() && reads < 1_000_000; reads++) {
                try {
                    String seen = Files.readString(file);
                    if (!seen.equals(small) && !seen.equals(large)) {
                        torn.add(seen.length() + " characters");
                    }
                } catch (NoSuchFileException gone) {
                    torn.add("file missing");
                } catch (IOException e) {
                    torn.add(e.toString());
                }
                for (String name : listQuietly()) {
                    if (name.endsWith(".jsonld") && !name.equals(ID + ".jsonld")) {
                        torn.add("visible temporary " + name);
                    }
                }
            }
            return torn;
        });
        for (int i = 0; i < 20; i++) {
            stage.process(credential("urn:uuid:" + ID, i % 2 == 0 ? large : small));
        }
        writing.set(false);

        assertThat(reader.get()).isEmpty();
        assertThat(namesInOutbox()).containsExactly(ID + ".jsonld");
    }

    private List<String> listQuietly() {
        try {
            return namesInOutbox();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws IOException {
        Path blocking = Files.createDirectories(outbox.resolve(ID + ".jsonld"));
        Files.writeString(blocking.resolve("keep"), "a directory that a rename cannot replace");

        assertThatThrownBy(() -> stage.process(credential("urn:uuid:" + ID, CREDENTIAL))).isInstanceOf(IOException.class);
        assertThat(namesInOutbox()).containsExactly(ID + ".jsonld");
    }

    @Nested
    class Refuses {
        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"urn:uuid:../../etc/passwd", "urn:uuid:1-1-1-1-1", "6f1c9a2e-1b0a-5c1e-9d55-0d8f1c2b3a4e",
                "urn:uuid:6f1c9a2e-1b0a-5c1e-9d55-0d8f1c2b3a4e/../x", "https://example.org/c/1", ""})
        void aCredentialIdThatIsNotACanonicalUrnUuid(String credentialId) throws IOException {
            assertThatThrownBy(() -> stage.process(credential(credentialId, CREDENTIAL)))
                    .isInstanceOfSatisfying(GatewayException.class,
                            e -> assertThat(e.findings().get(0).code()).isEqualTo("invalid-credential-id"));
            assertThat(namesInOutbox()).isEmpty();
        }
    }
}
