package eu.credentialgateway.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineStageTest {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final byte[] ORIGINAL = "<elmo><learner>not really</learner></elmo>".getBytes(StandardCharsets.UTF_8);
    static final String HASH = "ab".repeat(32);

    @TempDir
    Path dir;
    QuarantineStore store;
    QuarantineStage stage;
    CamelContext camel = new DefaultCamelContext();
    UUID inputId = UUID.randomUUID();

    @BeforeEach
    void stage() {
        store = new QuarantineStore(dir);
        stage = new QuarantineStage(store, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    Exchange failed(Throwable caught) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(GatewayHeaders.INPUT_ID, inputId.toString());
        exchange.getMessage().setHeader(GatewayHeaders.CONTENT_HASH, HASH);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "elmo");
        exchange.getMessage().setHeader(GatewayHeaders.SOURCE, "inbox");
        exchange.getMessage().setHeader(GatewayHeaders.FILE_NAME, "report-7.xml");
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, caught);
        return exchange;
    }

    static GatewayException twoFindings() {
        return new GatewayException(Rejection.INVALID, List.of(
                new Finding(Stage.CHECK, "xsd-invalid", "element not allowed here", "3:14"),
                new Finding(Stage.CHECK, "missing-learner", "no learner element", "/elmo")));
    }

    @Test
    void keepsTheOriginalBytesNotTheBodyOfTheFailedStage() throws Exception {
        Exchange exchange = failed(twoFindings());
        exchange.setProperty(GatewayHeaders.ORIGINAL, ORIGINAL);
        exchange.getMessage().setBody("<normalised/>".getBytes(StandardCharsets.UTF_8));
        stage.process(exchange);

        assertThat(dir.resolve(inputId + "/original.bin")).hasBinaryContent(ORIGINAL);
        assertThat(store.original(inputId)).get().isEqualTo(ORIGINAL);
    }

    @Test
    void fallsBackToARawBody() throws Exception {
        Exchange exchange = failed(twoFindings());
        exchange.getMessage().setBody(ORIGINAL);
        stage.process(exchange);

        assertThat(dir.resolve(inputId + "/original.bin")).hasBinaryContent(ORIGINAL);
    }

    @Test
    void writesTheReasonAsJson() throws Exception {
        Exchange exchange = failed(twoFindings());
        exchange.setProperty(GatewayHeaders.ORIGINAL, ORIGINAL);
        stage.process(exchange);

        JsonNode reason = new ObjectMapper().readTree(dir.resolve(inputId + "/reason.json").toFile());
        assertThat(reason.get("inputId").asText()).isEqualTo(inputId.toString());
        assertThat(reason.get("contentHash").asText()).isEqualTo(HASH);
        assertThat(reason.get("format").asText()).isEqualTo("elmo");
        assertThat(reason.get("source").asText()).isEqualTo("inbox");
        assertThat(reason.get("fileName").asText()).isEqualTo("report-7.xml");
        assertThat(reason.get("quarantinedAt").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(reason.get("receivedAt").asText()).isNotBlank();
        assertThat(reason.get("rejection").asText()).isEqualTo("INVALID");
        assertThat(reason.get("findings")).hasSize(2);
        JsonNode first = reason.get("findings").get(0);
        assertThat(first.get("stage").asText()).isEqualTo("check");
        assertThat(first.get("code").asText()).isEqualTo("xsd-invalid");
        assertThat(first.get("message").asText()).isEqualTo("element not allowed here");
        assertThat(first.get("location").asText()).isEqualTo("3:14");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        Exchange exchange = failed(twoFindings());
        exchange.setProperty(GatewayHeaders.ORIGINAL, ORIGINAL);
        stage.process(exchange);
        stage.process(exchange);

        try (Stream<Path> files = Files.list(dir.resolve(inputId.toString()))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("original.bin", "reason.json");
        }
    }

    @Test
    void anUnexpectedExceptionBecomesAnInternalErrorNamingOnlyItsClass() throws Exception {
        Exchange exchange = failed(new IllegalStateException("learner Jane Roe-Doe has no birth date"));
        exchange.setProperty(GatewayHeaders.FAILED_STEP, Step.SANITY);
        stage.process(exchange);

        QuarantineEntry entry = store.find(inputId).orElseThrow();
        // the sanity step belongs to the validate stage: the step that threw, and its stage, are named
        assertThat(entry.step()).isEqualTo(Step.SANITY);
        assertThat(entry.findings()).containsExactly(new Finding(Stage.VALIDATE, "internal-error",
                "unexpected java.lang.IllegalStateException", ""));
        assertThat(Files.readString(dir.resolve(inputId + "/reason.json"))).contains("\"step\" : \"sanity\"");
        assertThat(Files.readString(dir.resolve(inputId + "/reason.json"))).doesNotContain("Jane");
    }

    @Test
    void anInputWithoutAUsableIdGetsAFreshOne() throws Exception {
        Exchange exchange = failed(twoFindings());
        exchange.getMessage().setHeader(GatewayHeaders.INPUT_ID, "../../etc");
        exchange.getMessage().setBody(ORIGINAL);
        stage.process(exchange);

        UUID given = UUID.fromString(exchange.getMessage().getHeader(GatewayHeaders.INPUT_ID, String.class));
        assertThat(store.find(given)).isPresent();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve(given.toString()));
        }
    }

    @Nested
    class Store {
        @Test
        void listsEveryEntryAndSkipsStrayFolders() throws Exception {
            Files.createDirectories(dir.resolve("not-an-entry"));
            Files.createDirectories(dir.resolve(UUID.randomUUID().toString()));
            UUID first = inputId;
            stage.process(failed(twoFindings()));
            inputId = UUID.randomUUID();
            stage.process(failed(new GatewayException(Rejection.TOO_LARGE,
                    List.of(new Finding(Stage.INGEST, "too-large", "larger than 10 MiB", "")))));

            assertThat(store.list()).extracting(QuarantineEntry::inputId).containsExactlyInAnyOrder(first, inputId);
            assertThat(store.find(inputId).orElseThrow().rejection()).isEqualTo(Rejection.TOO_LARGE);
            assertThat(store.original(UUID.randomUUID())).isEmpty();
        }

        @Test
        void readsNothingFromAMissingFolder() {
            assertThat(new QuarantineStore(dir.resolve("absent")).list()).isEmpty();
        }

        @Test
        void doesNotPrintTheFileNameOfAnEntry() throws Exception {
            stage.process(failed(twoFindings()));

            assertThat(store.find(inputId).orElseThrow().toString()).doesNotContain("report-7");
        }
    }
}
