package eu.credentialgateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance of issue #13 (readiness and back-pressure) against the gateway as its own JVM over HTTP: a conversion
 * sent the moment the port opens gets 503 with {@code Retry-After} or its credential, never 500; parallel large
 * uploads with {@code -Xmx1g} get 503 {@code overloaded} or their credential, no {@link OutOfMemoryError}, health
 * answers throughout. The suite runs a short form (12 uploads of about 2 MB, three slots); the full form (50 uploads of
 * about 19 MB, the default slots) runs with {@code -Dgateway.long=true} (docs/operations.md, Load and overload).
 */
class OverloadProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofMinutes(4);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    @Test
    void aConversionSentTheMomentThePortOpensGets503OrItsCredentialNever500() throws Exception {
        byte[] transcript = Files.readAllBytes(Path.of("test-data/elmo/multi-report-nested/input.xml"));
        // a first start makes the database and the admin key (written once the gateway is ready); the second is watched
        String key;
        try (GatewayJvm first = GatewayJvm.start(data, "512m")) {
            assertThat(first.awaitPort(START)).as("the port opens (see %s)", data.resolve("gateway.log")).isTrue();
            awaitReady(first);
            key = first.adminKey();
        }
        try (GatewayJvm gateway = GatewayJvm.start(data, "512m")) {
            assertThat(gateway.awaitPort(START)).as("the port opens (see %s)", data.resolve("gateway.log")).isTrue();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> wrong = new CopyOnWriteArrayList<>();
            // four callers from the first moment, each until its credential (or three minutes)
            List<CompletableFuture<Void>> callers = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                callers.add(CompletableFuture.runAsync(() -> {
                    long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                    while (System.nanoTime() < end) {
                        HttpResponse<String> answer = convert(gateway, key, transcript);
                        int status = answer == null ? -1 : answer.statusCode();
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status == 200) {
                            return;
                        }
                        if (status != 503 || answer.headers().firstValue("Retry-After").isEmpty()
                                || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                            wrong.add(status + " " + (answer == null ? "no answer" : answer.body()));
                            return;
                        }
                        sleep(20); // sooner than Retry-After asks, to see the window close
                    }
                }));
            }
            CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).join();
            System.out.printf(Locale.ROOT, "start test: answers from the moment the port opened, by status: %s%n", statuses);
            assertThat(wrong).as("only 503 with Retry-After (problem+json) or the credential").isEmpty();
            assertThat(statuses.get(200)).as("every caller got its credential").hasValue(4);
            assertThat(quarantined()).as("a refused input is not quarantined, a converted one neither").isZero();
        }
    }

    @Test
    void twelveParallelUploadsOfTwoMegabytesWithThreeSlots() throws Exception {
        parallelUploads(12, 2L * 1024 * 1024, "--gateway.ingest.max-in-flight=3");
    }

    @Test
    @EnabledIfSystemProperty(named = "gateway.long", matches = "true")
    void fiftyParallelUploadsOfNineteenMegabytes() throws Exception {
        parallelUploads(50, 19L * 1024 * 1024);
    }

    private void parallelUploads(int uploads, long size, String... arguments) throws Exception {
        byte[] transcript = LargeTranscript.of(size);
        try (GatewayJvm gateway = GatewayJvm.start(data, "1g", arguments)) {
            assertThat(gateway.awaitPort(START)).as("the port opens (see %s)", data.resolve("gateway.log")).isTrue();
            awaitReady(gateway);
            String key = gateway.adminKey();

            AtomicBoolean loading = new AtomicBoolean(true);
            List<String> healthFailures = new CopyOnWriteArrayList<>();
            AtomicInteger healthAnswers = new AtomicInteger();
            long[] slowestHealth = {0};
            CompletableFuture<Void> health = CompletableFuture.runAsync(() -> {
                while (loading.get()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway.base() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                        healthAnswers.incrementAndGet();
                        if (answer.statusCode() != 200) {
                            healthFailures.add(answer.statusCode() + " " + answer.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        healthFailures.add(e.getClass().getSimpleName());
                    }
                    slowestHealth[0] = Math.max(slowestHealth[0], (System.nanoTime() - start) / 1_000_000);
                    sleep(250);
                }
            });

            long started = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                answers.add(http.sendAsync(request(gateway, key, transcript).timeout(Duration.ofMinutes(30)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
            List<String> wrong = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> future : answers) {
                HttpResponse<String> answer = future.join();
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() == 503) {
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                    assertThat(JSON.readTree(answer.body()).get("code").asText()).isEqualTo("overloaded");
                } else if (answer.statusCode() != 200) {
                    wrong.add(answer.statusCode() + " " + answer.body().substring(0, Math.min(500, answer.body().length())));
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            loading.set(false);
            health.join();
            long peakMb = gateway.peakResidentMb();
            System.out.printf(Locale.ROOT, "overload test: %d uploads of %.1f MB at once, -Xmx1g, %s: %d converted, %d answered 503"
                            + " overloaded, other %s, in %.0f s; health answered %d times (slowest %d ms, %d failures); peak RSS %d MB%n",
                    uploads, transcript.length / 1048576.0, arguments.length == 0 ? "default slots" : String.join(" ", arguments),
                    statuses.getOrDefault(200, 0), statuses.getOrDefault(503, 0), wrong, seconds, healthAnswers.get(),
                    slowestHealth[0], healthFailures.size(), peakMb);
            assertThat(wrong).as("only credentials and 503").isEmpty();
            assertThat(statuses.getOrDefault(503, 0)).as("some refused at once").isPositive();
            assertThat(statuses.getOrDefault(200, 0)).as("the rest converted").isEqualTo(uploads - statuses.getOrDefault(503, 0));
            assertThat(healthFailures).as("health answers throughout").isEmpty();
            assertThat(healthAnswers.get()).isPositive();
            assertThat(gateway.log()).doesNotContain("OutOfMemoryError");
            assertThat(quarantined()).as("nothing failed").isZero();
            if (peakMb > 0) {
                assertThat(peakMb).as("resident size under 1.5 GB").isLessThan(1536);
            }
        }
    }

    private void awaitReady(GatewayJvm gateway) throws InterruptedException {
        long end = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(gateway.base() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the gateway did not become ready");
    }

    private HttpRequest.Builder request(GatewayJvm gateway, String key, byte[] body) {
        return HttpRequest.newBuilder(URI.create(gateway.base() + "/api/v1/conversions?format=elmo"))
                .header("X-API-Key", key).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<String> convert(GatewayJvm gateway, String key, byte[] body) {
        try {
            return http.send(request(gateway, key, body).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private long quarantined() throws IOException {
        Path dir = data.resolve("quarantine");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.count();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
