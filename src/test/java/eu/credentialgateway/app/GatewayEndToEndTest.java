package eu.credentialgateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.Step;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.quarantine.QuarantineStore;
import eu.credentialgateway.record.AuditEntry;
import eu.credentialgateway.record.AuditTrail;
import eu.credentialgateway.record.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole gateway as a user runs it: a real HTTP server, the YAML routes from routes/, the inbox
 * folder, the H2 audit database, the quarantine and the outbox, all under a temporary data folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayEndToEndTest {
    @TempDir
    static Path data;

    @DynamicPropertySource
    static void dataUnderTemp(DynamicPropertyRegistry registry) {
        GatewayDataFolders.registerFolders(registry, data);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("audit").toAbsolutePath() + ";AUTO_SERVER=FALSE");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail audit;
    @Autowired
    QuarantineStore quarantine;
    @Autowired
    CamelContext camel;
    @Autowired
    eu.credentialgateway.verify.CredentialVerifier verifier;

    HttpResponse<String> post(String query, byte[] body) throws IOException, InterruptedException {
        return post(query, body, "application/xml");
    }

    HttpResponse<String> post(String query, byte[] body, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conversions" + query)).header("X-API-Key", GatewayDataFolders.adminKey(data))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static byte[] testData(String path) throws IOException {
        return Files.readAllBytes(Path.of("test-data", path));
    }

    @Nested
    class ConvertsOverHttp {
        @Test
        void answersWithTheEdcJsonLdSealedInJadesAndRecordsIt() throws Exception {
            HttpResponse<String> response = post("", testData("elmo/multi-report-nested/input.xml"));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/jose+json"));
            JsonNode sealed = JSON.readTree(response.body());
            assertThat(sealed.get("signatures")).hasSize(1);
            JsonNode credential = payloadOf(sealed);
            assertThat(credential.get("@context").toString())
                    .isEqualTo("[\"https://www.w3.org/2018/credentials/v1\",\"http://data.europa.eu/snb/model/context/edc-ap\"]");
            assertThat(credential.get("type").toString()).contains("VerifiableCredential", "EuropeanDigitalCredential");
            String credentialId = credential.get("id").asText();
            assertThat(response.headers().firstValue("X-Gateway-Credential-Id")).contains(credentialId);

            UUID inputId = UUID.fromString(response.headers().firstValue("X-Gateway-Input-Id").orElseThrow());
            AuditEntry row = audit.find(inputId).orElseThrow();
            assertThat(row.outcome()).isEqualTo(Outcome.CONVERTED);
            assertThat(row.credentialId()).isEqualTo(credentialId);
            assertThat(row.format()).isEqualTo("elmo");
            Path delivered = assertDelivered(credentialId);
            assertThat(delivered.getFileName().toString()).as("the JAdES JSON form's extension").endsWith(".jades.json");
            // the same content converted again (other tests post this file too) keeps its credential id, and a
            // credential id is delivered once: the file holds the first issuance, equal but for its dates and seal
            assertThat(withoutIssuanceDates(Files.readString(delivered))).isEqualTo(withoutIssuanceDates(response.body()));
        }
    }

    /** The sealed credential's payload without the members that say when it was issued. */
    static JsonNode withoutIssuanceDates(String sealed) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode payload =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(JSON.readTree(sealed).get("payload").asText());
        payload.remove(List.of("issuanceDate", "issued", "validFrom"));
        return payload;
    }

    /**
     * The outbox target runs after the pipeline answered (transactional outbox): wait for the file, with a deadline, and
     * return it ({@code <uuid><extension of the form>}).
     */
    static Path assertDelivered(String credentialId) {
        String uuid = credentialId.substring("urn:uuid:".length());
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
            if (!Files.isDirectory(data.resolve("outbox"))) {
                return null;
            }
            try (Stream<Path> files = Files.list(data.resolve("outbox"))) {
                return files.filter(f -> f.getFileName().toString().startsWith(uuid + ".")).findFirst().orElse(null);
            }
        }, java.util.Objects::nonNull);
    }

    @Nested
    class SealsWhatItConvertsAndVerifiesIt {
        HttpResponse<String> verify(String sealed) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verifications")).header("X-API-Key", GatewayDataFolders.adminKey(data))
                    .header("Content-Type", "application/jose+json")
                    .POST(HttpRequest.BodyPublishers.ofString(sealed, StandardCharsets.UTF_8)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        @Test
        void aConvertedCredentialVerifiesValidWithItsDemoSignerReportedAsNotTrusted() throws Exception {
            HttpResponse<String> converted = post("", testData("elmo/multi-report-nested/input.xml"));
            HttpResponse<String> response = verify(converted.body());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.get("form").asText()).isEqualTo("edc-jades");
            assertThat(report.get("valid").asBoolean()).as(report.get("summary").asText()).isTrue();
            assertThat(report.get("trusted").asBoolean()).isFalse();
            assertThat(report.get("credentialId").asText()).isEqualTo(converted.headers().firstValue("X-Gateway-Credential-Id").orElseThrow());
            JsonNode seal = report.get("seal").get("signatures").get(0);
            assertThat(seal.get("intact").asBoolean()).isTrue();
            assertThat(seal.get("signatureFormat").asText()).isEqualTo("JAdES-BASELINE-B");
            assertThat(seal.get("signedBy").asText()).contains("DEMO seal - not trusted");
            assertThat(seal.get("signingTime").asText()).isNotBlank();
            assertThat(seal.get("trust").asText()).contains("NOT trusted");
            assertThat(report.get("content").get("valid").asBoolean()).isTrue();
            assertThat(report.get("expiry").get("expired").asBoolean()).isFalse();
        }

        @Test
        void aCopyWithOneChangedPayloadByteVerifiesInvalid() throws Exception {
            String sealed = post("", testData("elmo/multi-report-nested/input.xml")).body();
            HttpResponse<String> response = verify(eu.credentialgateway.seal.Tamper.oneByteOfPayload(sealed));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.get("valid").asBoolean()).isFalse();
            assertThat(report.get("seal").get("valid").asBoolean()).isFalse();
            assertThat(report.get("seal").get("signatures").get(0).get("subIndication").asText()).isEqualTo("HASH_FAILURE");
        }

        @Test
        void somethingThatIsNotASealedCredentialIsAnswered415() throws Exception {
            HttpResponse<String> response = verify("<elmo/>");

            assertThat(response.statusCode()).isEqualTo(415);
            assertThat(JSON.readTree(response.body()).get("errors").get(0).get("code").asText()).isEqualTo("unknown-sealed-form");
        }

        @Test
        void theVerifyCommandExitsZeroOnTheDeliveredFile() throws Exception {
            HttpResponse<String> converted = post("", testData("elmo/multi-report-nested/input.xml"));
            String uuid = converted.headers().firstValue("X-Gateway-Credential-Id").orElseThrow().substring("urn:uuid:".length());
            Path delivered = assertDelivered("urn:uuid:" + uuid);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

            int status = eu.credentialgateway.verify.VerifyCommand.run(verifier, List.of(delivered),
                    new java.io.PrintStream(out, true, StandardCharsets.UTF_8));

            assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        }
    }

    /** The EDC JSON-LD inside a JAdES JSON seal (unencoded payload, as the gateway seals). */
    static JsonNode payloadOf(JsonNode sealed) throws IOException {
        return JSON.readTree(sealed.get("payload").asText());
    }

    @Nested
    class AcceptsWhateverContentTypeTheClientSends {
        @Test
        void evenFormEncodedAsCurlSendsByDefault() throws Exception {
            byte[] transcript = testData("elmo/multi-report-nested/input.xml");
            assertThat(post("?format=elmo", transcript, "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
            assertThat(post("", transcript, "text/plain").statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class RefusesHostileAndBrokenInput {
        void assertQuarantined(HttpResponse<String> response, int status, String stage, String code) throws Exception {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            JsonNode first = problem.get("errors").get(0);
            assertThat(first.get("stage").asText()).isEqualTo(stage);
            assertThat(first.get("code").asText()).isEqualTo(code);
            assertThat(first.has("location")).isTrue();
            // the step that refused it belongs to the stage its finding blames, and the quarantine names it too
            Step step = Step.of(problem.get("step").asText());
            assertThat(step.stage().id()).isEqualTo(stage);

            UUID inputId = UUID.fromString(problem.get("inputId").asText());
            assertThat(audit.find(inputId)).hasValueSatisfying(row -> {
                assertThat(row.outcome()).isEqualTo(Outcome.QUARANTINED);
                assertThat(row.errorCode()).isEqualTo(code);
            });
            assertThat(quarantine.find(inputId)).hasValueSatisfying(entry -> assertThat(entry.step()).isEqualTo(step));
            assertThat(quarantine.original(inputId)).isPresent();
        }

        @Test
        void a60MegabyteDocumentWith413UnderTheDefault20MegabyteLimit() throws Exception {
            byte[] big = new byte[60 * 1024 * 1024];
            Arrays.fill(big, (byte) ' ');
            byte[] head = "<elmo>".getBytes(StandardCharsets.UTF_8);
            System.arraycopy(head, 0, big, 0, head.length);
            assertQuarantined(post("?format=elmo", big), 413, "ingest", "too-large");
        }

        /** Like a single document over the limit: the file as a whole is quarantined with its first 20 MB, never more. */
        @Test
        void aCsvBatchOverThe20MegabyteLimitWith413AndItsFirstBytesQuarantined() throws Exception {
            byte[] big = new byte[21 * 1024 * 1024];
            Arrays.fill(big, (byte) 'x');
            byte[] head = "givenNames,familyName,awardingBodyCountry,awardingDate\n".getBytes(StandardCharsets.UTF_8);
            System.arraycopy(head, 0, big, 0, head.length);
            HttpResponse<String> response = post("?format=csv", big, "text/csv");
            assertQuarantined(response, 413, "ingest", "too-large");
            UUID inputId = UUID.fromString(JSON.readTree(response.body()).get("inputId").asText());
            assertThat(quarantine.original(inputId)).hasValueSatisfying(kept -> {
                assertThat(kept).hasSize(20 * 1024 * 1024);
                assertThat(kept).startsWith(head);
            });
        }

        @Test
        void anUnknownFormatWith415() throws Exception {
            assertQuarantined(post("", "<transcript xmlns='urn:x'/>".getBytes(StandardCharsets.UTF_8)), 415, "ingest", "unknown-format");
        }

        @Test
        void anEmptyBodyWith422() throws Exception {
            assertQuarantined(post("?format=elmo", new byte[0]), 422, "check", "empty-document");
        }

        @Test
        void everyErrorCaseOfTestDataWith422AndKeepsServing() throws Exception {
            int checked = 0;
            for (Adapter adapter : AdapterCatalog.of(Path.of(".")).all()) {
                // a csv-kind body is a batch: answered 200 with its per-row summary (docs/csv-template.md)
                if (!Files.isDirectory(adapter.testData()) || adapter.kind() == Adapter.Kind.CSV) {
                    continue;
                }
                List<Path> cases;
                try (Stream<Path> files = Files.list(adapter.testData())) {
                    cases = files.filter(dir -> Files.exists(dir.resolve("expected-errors.json"))).sorted().toList();
                }
                for (Path errorCase : cases) {
                    JsonNode expected = JSON.readTree(errorCase.resolve("expected-errors.json").toFile()).get(0);
                    byte[] input;
                    try (Stream<Path> files = Files.list(errorCase)) {
                        input = Files.readAllBytes(files.filter(p -> p.getFileName().toString().startsWith("input")).findFirst().orElseThrow());
                    }
                    assertQuarantined(post("?format=" + adapter.format(), input), 422, expected.get("stage").asText(), expected.get("code").asText());
                    checked++;
                }
            }
            assertThat(checked).isGreaterThanOrEqualTo(7);
            assertThat(post("", testData("elmo/multi-report-nested/input.xml")).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class ConvertsBatchesRowByRow {
        static final String HEADER = "givenNames,familyName,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate\n";

        @Test
        void aCsvWhoseThirdRowBreaksABoundIsRefusedAtThatRowWithoutHanging() throws Exception {
            String csv = HEADER
                    + "Ada,Invented,Data stewardship " + UUID.randomUUID() + ",Invented Institute,IE,2025-06-30\n"
                    + "Bo,Fictional,Archive basics " + UUID.randomUUID() + ",Invented Institute,IE,2025-06-30\n"
                    + "Cy,Madeup," + "x".repeat(40_000) + ",Invented Institute,IE,2025-07-01\n";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conversions"))
                    .header("X-API-Key", GatewayDataFolders.adminKey(data)).header("Content-Type", "text/csv")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(csv)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("cell-too-long");
            assertThat(problem.get("errors").get(0).get("location").asText()).contains("3");
        }

        @Test
        void aCsvOverHttpAnswersPerRowOutcomesAndQuarantinesOnlyTheBadRow() throws Exception {
            String csv = HEADER
                    + "Ada,Invented,Data stewardship,Invented Institute,IE,2025-06-30\n"
                    + "Bo,Fictional,Archive basics,Invented Institute,IE,2025-13-45\n"
                    + "Cy,Madeup,Records management,Invented Institute,IE,2025-07-01\n";
            HttpResponse<String> response = post("", csv.getBytes(StandardCharsets.UTF_8), "text/csv");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode summary = JSON.readTree(response.body());
            assertThat(summary.get("rows").asInt()).isEqualTo(3);
            assertThat(summary.get("converted").asInt()).isEqualTo(2);
            assertThat(summary.get("quarantined").asInt()).isEqualTo(1);
            JsonNode bad = summary.get("results").get(1);
            assertThat(bad.get("row").asInt()).isEqualTo(2);
            assertThat(bad.get("outcome").asText()).isEqualToIgnoringCase("quarantined");
            assertThat(bad.get("findings").get(0).get("location").asText()).isEqualTo("row 2, column awardingDate");

            String batchId = summary.get("batchId").asText();
            for (JsonNode row : summary.get("results")) {
                AuditEntry entry = audit.find(UUID.fromString(row.get("inputId").asText())).orElseThrow();
                assertThat(entry.batchId()).hasToString(batchId);
            }
            UUID badInput = UUID.fromString(bad.get("inputId").asText());
            assertThat(quarantine.find(badInput)).isPresent();
            String credentialId = summary.get("results").get(0).get("credentialId").asText();
            assertDelivered(credentialId);
        }

        @Test
        void aCsvWhoseHeaderHasAnUnknownColumnIsRefusedOnceWholeBeforeAnyRow() throws Exception {
            String csv = "givenNames,familyName,nickname,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate\n"
                    + "Fay,Invented,Ffi,Glass blowing,Invented Institute,IE,2025-06-30\n"
                    + "Gus,Fictional,G,Glass cutting,Invented Institute,IE,2025-06-30\n";
            Map<Outcome, Long> before = audit.countByOutcome();
            HttpResponse<String> response = post("?format=csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");

            JsonNode problem = refusedWhole(response, "unknown-column", "line 1, column nickname");
            assertThat(problem.get("errors")).hasSize(1);
            assertThat(audit.countByOutcome().get(Outcome.CONVERTED)).as("no row converted").isEqualTo(before.get(Outcome.CONVERTED));
            assertThat(audit.countByOutcome().get(Outcome.QUARANTINED)).as("one quarantine: the file")
                    .isEqualTo(before.getOrDefault(Outcome.QUARANTINED, 0L) + 1);
        }

        @Test
        void anXlsxWithoutARequiredColumnIsRefusedOnceWhole() throws Exception {
            Map<Outcome, Long> before = audit.countByOutcome();
            String[][] rows = {{"givenNames", "familyName", "title@en", "awardingBodyName@en", "awardingBodyCountry"},
                    {"Hal", "Invented", "Pottery", "Invented Guild", "FR"}};
            HttpResponse<String> response = post("?format=xlsx", workbook(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

            refusedWhole(response, "missing-column", "line 1, column awardingDate");
            assertThat(audit.countByOutcome().get(Outcome.CONVERTED)).as("no row converted").isEqualTo(before.get(Outcome.CONVERTED));
        }

        @Test
        void aCsvThatIsNotUtf8IsRefusedWholeAtItsLineNotReadWithReplacementCharacters() throws Exception {
            byte[] head = ("givenNames,familyName,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate\n"
                    + "Ida,Invented,Weaving,Invented Institute,IE,2025-06-30\nZo").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ",Invented,Weaving,Invented Institute,FR,2025-06-30\n".getBytes(StandardCharsets.UTF_8);
            byte[] csv = new byte[head.length + 1 + tail.length];
            System.arraycopy(head, 0, csv, 0, head.length);
            csv[head.length] = (byte) 0xE9; // Latin-1 e acute
            System.arraycopy(tail, 0, csv, head.length + 1, tail.length);
            Map<Outcome, Long> before = audit.countByOutcome();
            HttpResponse<String> response = post("?format=csv", csv, "text/csv");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            JsonNode first = JSON.readTree(response.body()).get("errors").get(0);
            assertThat(first.get("code").asText()).isEqualTo("bad-encoding");
            assertThat(first.get("location").asText()).isEqualTo("line 3, column 3");
            assertThat(audit.countByOutcome().get(Outcome.CONVERTED)).as("no row converted").isEqualTo(before.get(Outcome.CONVERTED));
        }

        private JsonNode refusedWhole(HttpResponse<String> response, String code, String location) throws Exception {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            JsonNode problem = JSON.readTree(response.body());
            JsonNode first = problem.get("errors").get(0);
            assertThat(first.get("stage").asText()).isEqualTo("check");
            assertThat(first.get("code").asText()).isEqualTo(code);
            assertThat(first.get("location").asText()).isEqualTo(location);
            UUID inputId = UUID.fromString(problem.get("inputId").asText());
            assertThat(audit.find(inputId)).hasValueSatisfying(row -> assertThat(row.errorCode()).isEqualTo(code));
            assertThat(quarantine.original(inputId)).as("the file is kept whole").isPresent();
            return problem;
        }

        private static byte[] workbook(String[][] rows) throws IOException {
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
                var sheet = workbook.createSheet("learners");
                for (int r = 0; r < rows.length; r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
                workbook.write(out);
                return out.toByteArray();
            }
        }

        @Test
        void anXlsxDroppedIntoItsInboxBecomesOneCredentialPerRow() throws Exception {
            Path inbox = data.resolve("inbox/xlsx");
            Files.createDirectories(inbox);
            long convertedBefore = audit.countByOutcome().get(Outcome.CONVERTED);
            // the rows split from the file carry its route's id too: two rows, then the file itself
            NotifyBuilder done = new NotifyBuilder(camel).fromRoute("xlsx-inbox").whenDone(3).create();
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                 var out = Files.newOutputStream(inbox.resolve("cohort.xlsx.part"))) {
                var sheet = workbook.createSheet("learners");
                String[][] rows = {HEADER.trim().split(","),
                        {"Dee", "Invented", "Weaving " + UUID.randomUUID(), "Invented Guild", "FR", "2025-05-02"},
                        {"Eli", "Fictional", "Dyeing " + UUID.randomUUID(), "Invented Guild", "FR", "2025-05-03"}};
                for (int r = 0; r < rows.length; r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
                workbook.write(out);
            }
            Files.move(inbox.resolve("cohort.xlsx.part"), inbox.resolve("cohort.xlsx"));
            assertThat(done.matches(60, TimeUnit.SECONDS)).as("workbook processed").isTrue();

            // the move to done/ happens just after the exchange is done, so the audit trail is what is checked
            assertThat(audit.countByOutcome().get(Outcome.CONVERTED)).isEqualTo(convertedBefore + 2);
        }
    }

    @Nested
    class ConvertsFromTheInbox {
        @Test
        void theSameFileTwiceYieldsOneCredentialAndAnAuditedDuplicate() throws Exception {
            // content no other test posts: the same content converted over HTTP would count as converted before
            byte[] transcript = (new String(testData("elmo/multi-report-nested/input.xml"), StandardCharsets.UTF_8)
                    + "<!-- inbox " + UUID.randomUUID() + " -->").getBytes(StandardCharsets.UTF_8);
            Path inbox = data.resolve("inbox/elmo");
            Files.createDirectories(inbox);
            NotifyBuilder first = new NotifyBuilder(camel).fromRoute("elmo-inbox").whenDone(1).create();
            NotifyBuilder both = new NotifyBuilder(camel).fromRoute("elmo-inbox").whenDone(2).create();
            Files.write(inbox.resolve("first.xml"), transcript);
            assertThat(first.matches(30, TimeUnit.SECONDS)).as("first file processed").isTrue();
            Files.write(inbox.resolve("again.xml"), transcript);
            assertThat(both.matches(30, TimeUnit.SECONDS)).as("second file processed").isTrue();

            List<AuditEntry> rows = audit.findByContentHash(hashOf(transcript));
            assertThat(rows).extracting(AuditEntry::outcome).containsExactlyInAnyOrder(Outcome.CONVERTED, Outcome.DUPLICATE);
            AuditEntry converted = rows.stream().filter(r -> r.outcome() == Outcome.CONVERTED).findFirst().orElseThrow();
            AuditEntry duplicate = rows.stream().filter(r -> r.outcome() == Outcome.DUPLICATE).findFirst().orElseThrow();
            assertThat(duplicate.duplicateOf()).isEqualTo(converted.inputId());
            assertThat(rows).extracting(AuditEntry::submittedBy).as("a dropped file's submitter is the inbox").containsOnly("inbox");
            assertDelivered(converted.credentialId());
            try (Stream<Path> outbox = Files.list(data.resolve("outbox"))) {
                assertThat(outbox.filter(p -> p.toString().endsWith(".jades.json"))
                        .filter(p -> p.getFileName().toString().startsWith(converted.credentialId().substring(9)))).hasSize(1);
            }
            try (Stream<Path> done = Files.list(inbox.resolve("done"))) {
                assertThat(done).hasSize(2);
            }
        }
    }

    @Nested
    class ConvertsIntoEveryOutputProfile {
        @Autowired
        eu.credentialgateway.seal.SealStage seal;

        HttpResponse<String> convert(String query, String accept, String file) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conversions" + query)).header("X-API-Key", GatewayDataFolders.adminKey(data))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(testData(file)));
            if (accept != null) {
                request.header("Accept", accept);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode verification(String token) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verifications")).header("X-API-Key", GatewayDataFolders.adminKey(data))
                    .header("Content-Type", "application/jwt").POST(HttpRequest.BodyPublishers.ofString(token)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        /** The JWT verifies with the gateway's public key, passes its profile's schema (with ../shared) and through POST /api/v1/verifications. */
        void assertSealedByTheGatewayAndVerified(String token, eu.credentialgateway.OutputProfile profile) throws Exception {
            com.nimbusds.jose.JWSObject jws = com.nimbusds.jose.JWSObject.parse(token);
            java.security.PublicKey gatewayKey = eu.credentialgateway.seal.SealForms.certificates(seal).get(0).getPublicKey();
            assertThat(jws.verify(new com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), gatewayKey)))
                    .isTrue();
            if (eu.credentialgateway.profile.ProfileChecks.schemasAvailable()) {
                JsonNode credential = JSON.readTree(jws.getPayload().toString());
                assertThat(SCHEMAS.check(profile, credential)).isEmpty();
            }
            JsonNode report = verification(token);
            assertThat(report.get("form").asText()).isEqualTo(profile.id());
            assertThat(report.get("valid").asBoolean()).as(report.get("summary").asText()).isTrue();
            assertThat(report.get("seal").get("signatures").get(0).get("trust").asText()).contains("this gateway's own seal key");
        }

        @Test
        void theProfileParameterAsksForTheEbsiJwtWhichVerifiesAndFailsWhenOneCharacterChanges() throws Exception {
            HttpResponse<String> response = convert("?profile=ebsi-jwt", null, "elmo/nested-hierarchy/input.xml");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/vc+jwt"));
            assertSealedByTheGatewayAndVerified(response.body(), eu.credentialgateway.OutputProfile.EBSI_JWT);
            String token = response.body();
            int at = token.indexOf('.') + 30;
            String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
            JsonNode report = verification(tampered);
            assertThat(report.get("valid").asBoolean()).isFalse();
            assertThat(report.get("seal").get("signatures").get(0).get("intact").asBoolean()).isFalse();
        }

        @Test
        void theAcceptHeaderAsksForTheOpenBadgeJwtOfAnOpenBadgesTwoInput() throws Exception {
            HttpResponse<String> response = convert("", "application/jwt", "openbadges-v2/separate-documents/input.json");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/jwt"));
            assertSealedByTheGatewayAndVerified(response.body(), eu.credentialgateway.OutputProfile.OB3);
            JsonNode credential = JSON.readTree(com.nimbusds.jose.JWSObject.parse(response.body()).getPayload().toString());
            assertThat(credential.get("type").toString()).contains("OpenBadgeCredential");
            assertThat(credential.get("credentialSubject").get("achievement").get("name").asText()).isEqualTo("Data literacy essentials");
        }

        @Test
        void turtleAndNQuadsComeUnsealedForDebugging() throws Exception {
            HttpResponse<String> turtle = convert("", "text/turtle", "elmo/multi-report/input.xml");
            HttpResponse<String> quads = convert("?profile=nquads", "application/jose+json", "elmo/multi-report/input.xml");

            assertThat(turtle.statusCode()).as(turtle.body()).isEqualTo(200);
            assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
            assertThat(turtle.body()).contains("PREFIX elm:", "elm:EuropeanDigitalCredential");
            assertThat(quads.statusCode()).as(quads.body()).isEqualTo(200);
            assertThat(quads.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/n-quads"));
            assertThat(quads.body()).contains("<http://data.europa.eu/snb/model/elm/EuropeanDigitalCredential>");
        }

        @Test
        void anUnknownProfileIsAnswered400AndAnAcceptNoProfileMeets406() throws Exception {
            HttpResponse<String> unknown = convert("?profile=pdf", null, "elmo/multi-report/input.xml");
            HttpResponse<String> unacceptable = convert("", "application/pdf", "elmo/multi-report/input.xml");

            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(unknown.body()).get("errors").get(0).get("code").asText()).isEqualTo("unknown-profile");
            assertThat(unacceptable.statusCode()).isEqualTo(406);
            assertThat(JSON.readTree(unacceptable.body()).get("errors").get(0).get("code").asText()).isEqualTo("not-acceptable");
        }

        @Test
        void aCsvBatchDeliversEveryRowInTheAskedProfile() throws Exception {
            String csv = ConvertsBatchesRowByRow.HEADER + "Hal,Invented,Kiln safety,Invented Institute,IE,2025-06-30\n";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conversions?profile=ob3")).header("X-API-Key", GatewayDataFolders.adminKey(data))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            String credentialId = JSON.readTree(response.body()).get("results").get(0).get("credentialId").asText();
            Path file = assertDelivered(credentialId);
            assertThat(file.getFileName().toString()).as("a compact JWT's extension").endsWith(".jwt");
            String delivered = Files.readString(file);
            assertSealedByTheGatewayAndVerified(delivered, eu.credentialgateway.OutputProfile.OB3);
        }
    }

    /** The official JSON Schemas of ../shared, when present (else none: nothing to check). */
    static final eu.credentialgateway.profile.ProfileSchemas SCHEMAS = eu.credentialgateway.profile.ProfileChecks.schemasAvailable()
            ? eu.credentialgateway.profile.ProfileSchemas.load(eu.credentialgateway.profile.ProfileChecks.EBSI_SCHEMA,
                    eu.credentialgateway.profile.ProfileChecks.OB3_SCHEMA)
            : eu.credentialgateway.profile.ProfileSchemas.none();

    static String hashOf(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
