package eu.credentialgateway.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.app.GatewayApplication;
import eu.credentialgateway.logs.PlantedValues;
import eu.credentialgateway.quarantine.QuarantineEntry;
import eu.credentialgateway.quarantine.QuarantineStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hostile corpus ({@link HostileCorpus}) against the real gateway over HTTP: every case gets the status and code
 * {@code test-data/hostile/manifest.tsv} says (never a 5xx, never a hang), every refused conversion is in quarantine
 * with that code, the gateway is healthy afterwards, and no planted learner datum reached a log line. Prints the
 * outcome table (per expected code, per format).
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileCorpusTest {
    /** Bodies are bounded smaller than by default, so the oversize cases stay cheap. */
    static final long MAX_SIZE = 4L * 1024 * 1024;
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Path data = Path.of("target", "hostile-corpus", UUID.randomUUID().toString());
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();

    static {
        Learner.plant();
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        GatewayDataFolders.register(registry, data, "hostile-corpus");
        registry.add("gateway.ingest.max-size", () -> MAX_SIZE + "B");
        registry.add("gateway.verify.max-size", () -> MAX_SIZE + "B");
    }

    final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    @LocalServerPort
    int port;
    @Autowired
    QuarantineStore quarantine;

    @TestFactory
    Stream<DynamicTest> corpus() {
        List<HostileCase> cases = HostileCorpus.all(MAX_SIZE);
        Map<String, Manifest.Expected> manifest = Manifest.read();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the generator and the manifest list the same cases", () -> {
            TreeSet<String> generated = new TreeSet<>(cases.stream().map(HostileCase::name).toList());
            assertThat(generated).as("cases the generator makes that the manifest lacks").isSubsetOf(manifest.keySet());
            assertThat(manifest.keySet()).as("cases in the manifest the generator does not make").isSubsetOf(generated);
            long hostile = manifest.values().stream().filter(e -> !e.control()).count();
            assertThat(hostile).as("hostile cases").isGreaterThanOrEqualTo(200);
        }));
        for (HostileCase c : Boolean.getBoolean("gateway.hostile.full") ? cases : shortForm(cases, manifest)) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> run(c, manifest.get(c.name()))));
        }
        tests.add(DynamicTest.dynamicTest("the gateway is healthy and converts after the corpus", () -> {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("UP");
            HostileCase control = HostileCorpus.controls().get(0);
            assertThat(send(control).statusCode()).as("a good transcript still converts").isEqualTo(200);
        }));
        return tests.stream();
    }

    /**
     * The suite's short form: the controls and the first case of each format and expected status (about 50 cases);
     * {@code -Dgateway.hostile.full=true} runs every case.
     */
    static List<HostileCase> shortForm(List<HostileCase> cases, Map<String, Manifest.Expected> manifest) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return cases.stream().filter(c -> {
            Manifest.Expected e = manifest.get(c.name());
            return e == null || e.control() || seen.add(c.format() + " " + e.status());
        }).toList();
    }

    @AfterAll
    static void tableAndLogs() {
        printTable();
        PlantedValues.assertNoLeaks();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<byte[]> send(HostileCase c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(c.path())).timeout(TIMEOUT)
                .header("X-API-Key", GatewayDataFolders.adminKey(data));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        c.headers().forEach(request::header);
        request.method(c.method(), c.body().length == 0 && !"POST".equals(c.method()) ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    void run(HostileCase c, Manifest.Expected expected) throws Exception {
        assertThat(expected).as("manifest row of " + c.name()).isNotNull();
        HttpResponse<byte[]> response;
        long started = System.nanoTime();
        try {
            response = send(c);
        } catch (HttpTimeoutException hang) {
            OUTCOMES.put(c.name(), "hang");
            throw new AssertionError(c.name() + ": no answer within " + TIMEOUT);
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String shown = body.length() > 600 ? body.substring(0, 600) + "..." : body;
        String actualCode = codeOf(c, response, body);
        if ("-".equals(actualCode) && !expected.control() && "conversions".equals(c.endpoint()) && response.statusCode() == 200
                && !body.contains("\"batchId\"")) {
            actualCode = noteOn(response, expected.code());
        }
        OUTCOMES.put(c.name(), response.statusCode() + " " + actualCode + " " + (System.nanoTime() - started) / 1_000_000 + "ms");
        if (!expected.knownFailure().isEmpty()) {
            assertThat(response.statusCode()).as(c.name() + ": even a known failure never answers 5xx: " + shown).isLessThan(500);
            try {
                expectAnswer(c, expected, response, body, actualCode, shown);
            } catch (AssertionError stillFails) {
                Assumptions.abort("known failure: " + expected.knownFailure() + " (answered " + response.statusCode() + " " + actualCode + ")");
            }
            throw new AssertionError(c.name() + " is marked as a known failure but now answers as expected: remove the mark");
        }
        expectAnswer(c, expected, response, body, actualCode, shown);
    }

    void expectAnswer(HostileCase c, Manifest.Expected expected, HttpResponse<byte[]> response, String body, String actualCode,
                      String shown) throws Exception {
        assertThat(response.statusCode()).as(c.name() + ": never 5xx: " + shown).isLessThan(500);
        assertThat(response.statusCode() + " " + actualCode).as(c.name() + ": " + shown).isEqualTo(expected.status() + " " + expected.code());
        if (response.statusCode() >= 400 && !c.endpoint().startsWith("wallet")) {
            assertThat(response.headers().firstValue("Content-Type")).as(c.name() + ": a problem document")
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        if ("conversions".equals(c.endpoint())) {
            assertQuarantined(c, expected, response.statusCode(), body);
        }
        if ("verifications".equals(c.endpoint()) && response.statusCode() == 200) {
            assertThat(JSON.readTree(body).get("valid").asBoolean()).as(c.name() + ": the verifier never calls it valid").isFalse();
        }
    }

    /**
     * The code an answer carries: a problem's {@code code} (which its first error repeats), the OAuth {@code error} of
     * the wallet, a batch's first quarantined row's code, {@code valid:false} for a verifier's report, or {@code -}.
     */
    static String codeOf(HostileCase c, HttpResponse<byte[]> response, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (Exception notJson) {
            return "(not JSON)";
        }
        if (json == null || !json.isObject()) {
            return "-";
        }
        if (c.endpoint().startsWith("wallet") && response.statusCode() >= 400) {
            return json.path("error").asText("-");
        }
        if (response.statusCode() >= 400) {
            String code = json.path("code").asText("(no code)");
            JsonNode errors = json.path("errors");
            if (errors.isArray() && !errors.isEmpty() && !code.equals(errors.get(0).path("code").asText())) {
                return code + "|errors:" + errors.get(0).path("code").asText();
            }
            return code;
        }
        if ("verifications".equals(c.endpoint())) {
            return "valid:" + json.path("valid").asText();
        }
        if (json.has("batchId")) {
            JsonNode rows = json.path("results");
            if (json.path("converted").asInt() > 0 || rows.isEmpty()) {
                return "-";
            }
            return rows.get(0).path("findings").path(0).path("code").asText("(no code)");
        }
        return "-";
    }

    /**
     * A converted document's note: {@code wanted} when its receipt ({@code GET /api/v1/inputs/<id>}, its steps' findings
     * and those no step claims) carries a note with
     * that code, else the codes of the notes it has ({@code notes:[...]}), else {@code -}.
     */
    String noteOn(HttpResponse<byte[]> response, String wanted) throws Exception {
        String inputId = response.headers().firstValue("X-Gateway-Input-Id").orElse(null);
        if (inputId == null) {
            return "-";
        }
        HttpResponse<String> receipt = http.send(HttpRequest.newBuilder(uri("/api/v1/inputs/" + inputId)).timeout(TIMEOUT)
                .header("X-API-Key", GatewayDataFolders.adminKey(data)).build(), HttpResponse.BodyHandlers.ofString());
        List<String> notes = new ArrayList<>();
        JsonNode view = JSON.readTree(receipt.body());
        List<JsonNode> findings = new ArrayList<>();
        view.path("stages").forEach(step -> step.path("findings").forEach(findings::add)); // a step's own
        view.path("findings").forEach(findings::add); // those no step claims
        findings.forEach(f -> {
            if ("note".equals(f.path("severity").asText())) {
                notes.add(f.path("code").asText());
            }
        });
        return notes.contains(wanted) ? wanted : notes.isEmpty() ? "-" : "notes:" + notes;
    }

    /** A conversion refused after its body was read is kept in quarantine with the code it was answered with. */
    void assertQuarantined(HostileCase c, Manifest.Expected expected, int status, String body) throws Exception {
        JsonNode json = JSON.readTree(body);
        List<String> inputIds = new ArrayList<>();
        if (status == 200 && json.has("batchId")) {
            if (!expected.control()) {
                assertThat(json.get("converted").asInt()).as(c.name() + ": no row converted").isZero();
                json.get("results").forEach(row -> inputIds.add(row.get("inputId").asText()));
            }
        } else if (status == 413 || status == 415 || status == 422) {
            assertThat(json.hasNonNull("inputId")).as(c.name() + ": a refused document names its quarantined input").isTrue();
            inputIds.add(json.get("inputId").asText());
        }
        for (String inputId : inputIds) {
            Optional<QuarantineEntry> entry = quarantine.find(UUID.fromString(inputId));
            assertThat(entry).as(c.name() + ": input " + inputId + " in quarantine").isPresent();
            assertThat(entry.get().findings()).as(c.name() + ": the quarantine's reason").isNotEmpty();
        }
        if (!inputIds.isEmpty()) {
            assertThat(quarantine.find(UUID.fromString(inputIds.get(0))).orElseThrow().findings().get(0).code())
                    .as(c.name() + ": the quarantine's reason").isEqualTo(expected.code());
        }
    }

    /** Counts of the corpus per expected code and per format, with how many answered as expected. */
    static void printTable() {
        Map<String, Manifest.Expected> manifest = Manifest.read();
        Map<String, int[]> byCode = new TreeMap<>();
        Map<String, int[]> byFormat = new TreeMap<>();
        int[] all = new int[2];
        for (Manifest.Expected e : manifest.values()) {
            if (e.control() || !OUTCOMES.containsKey(e.name())) {
                continue; // not run in the short form
            }
            String outcome = OUTCOMES.get(e.name());
            boolean met = outcome != null && outcome.startsWith(e.status() + " " + e.code() + " ");
            for (int[] counts : List.of(byCode.computeIfAbsent(e.status() + " " + e.code(), k -> new int[2]),
                    byFormat.computeIfAbsent(e.format(), k -> new int[2]), all)) {
                counts[0]++;
                counts[1] += met ? 1 : 0;
            }
        }
        StringBuilder table = new StringBuilder("\nHostile corpus: ").append(all[0]).append(" cases run, ").append(all[1])
                .append(" answered as the manifest expects\n\nexpected status code | cases | as expected\n");
        byCode.forEach((code, n) -> table.append(String.format("%-40s | %5d | %5d%n", code, n[0], n[1])));
        table.append("\nformat | cases | as expected\n");
        byFormat.forEach((format, n) -> table.append(String.format("%-16s | %5d | %5d%n", format, n[0], n[1])));
        List<String> off = new ArrayList<>();
        manifest.values().forEach(e -> {
            String outcome = OUTCOMES.get(e.name());
            if (outcome != null && !outcome.startsWith(e.status() + " " + e.code() + " ")) {
                off.add(e.name() + ": expected " + e.status() + " " + e.code() + ", answered " + outcome
                        + (e.knownFailure().isEmpty() ? "" : " (known failure)"));
            }
        });
        if (!off.isEmpty()) {
            table.append("\nnot as expected:\n");
            off.forEach(o -> table.append("  ").append(o).append('\n'));
        }
        System.out.println(table);
    }
}
