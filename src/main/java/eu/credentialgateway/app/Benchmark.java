package eu.credentialgateway.app;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.seal.JwsAlgorithm;
import eu.credentialgateway.seal.SealProperties;
import eu.credentialgateway.seal.SealStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultExchange;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark command: converts a set of ELMO documents again and again for a fixed time, through
 * the same stage beans the routes call (ingest, check, map, align, validate, serialise) and a seal stage
 * per key choice (no disk I/O), and prints credentials/s for 1 and 2 worker threads and the share of
 * time each stage takes.
 *
 * <pre>mvn -q compile exec:java -Dexec.mainClass=eu.credentialgateway.app.Benchmark -Dexec.args="[seconds] [--seal=ES256,RS256|none] [folder...]"</pre>
 * Defaults: 20 s per thread count (after a warm-up of the same length, and a shorter one per key), the
 * ELMO samples in ../shared/anchors/formats/emrex-elmo/samples and the cases in test-data/elmo, and two
 * seal keys in turn: ECDSA P-256 (ES256) and RSA-2048 (RS256), JAdES baseline-B, each a throw-away key
 * made in a temporary folder; for each key also the seal stage alone on the serialised credentials.
 * {@code --seal=none} measures the conversion without a seal.
 */
public final class Benchmark {
    private static final String[] STAGES = {"ingest", "check", "map", "align", "validate", "serialise", "seal"};
    private static final String SEAL_OPTION = "--seal=";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 20;
        List<Path> folders = new ArrayList<>();
        List<JwsAlgorithm> keys = List.of(JwsAlgorithm.ES256, JwsAlgorithm.RS256);
        for (int i = args.length > 0 && args[0].matches("\\d+") ? 1 : 0; i < args.length; i++) {
            if (args[i].startsWith(SEAL_OPTION)) {
                String choice = args[i].substring(SEAL_OPTION.length());
                keys = choice.equals("none") ? List.of() : Arrays.stream(choice.split(",")).map(JwsAlgorithm::valueOf).toList();
            } else {
                folders.add(Path.of(args[i]));
            }
        }
        if (folders.isEmpty()) {
            folders.add(Path.of("../shared/anchors/formats/emrex-elmo/samples"));
            folders.add(Path.of("test-data/elmo"));
        }
        try (ConfigurableApplicationContext spring = new SpringApplicationBuilder(GatewayApplication.class)
                .web(WebApplicationType.NONE)
                .properties("camel.main.routes-include-pattern=", "spring.datasource.url=jdbc:h2:mem:benchmark",
                        "logging.level.root=WARN", "spring.main.banner-mode=off", "camel.springboot.main-run-controller=false",
                        // the benchmark makes its own seal stage per key, in a temporary folder
                        "gateway.seal.enabled=false")
                .run()) {
            CamelContext camel = spring.getBean(CamelContext.class);
            Map<String, Processor> stages = new LinkedHashMap<>();
            for (String stage : STAGES) {
                if (!stage.equals("seal")) {
                    stages.put(stage, spring.getBean(stage + "Stage", Processor.class));
                }
            }
            List<byte[]> documents = convertible(folders, camel, stages);
            System.out.printf(Locale.ROOT, "%d ELMO documents (%.1f KB on average) that convert, from %s%n", documents.size(),
                    documents.stream().mapToInt(d -> d.length).average().orElse(0) / 1024, folders);
            if (keys.isEmpty()) {
                System.out.println("no seal");
                measure(camel, stages, documents, seconds, seconds);
            }
            List<String> serialised = serialised(camel, stages, documents);
            Path keyFolder = Files.createTempDirectory("benchmark-seal-keys");
            int warmUp = seconds;
            for (JwsAlgorithm key : keys) {
                SealStage seal = new SealStage(SealProperties.demo(keyFolder.resolve(key + ".p12"), key), keyFolder, name -> null);
                Map<String, Processor> sealing = new LinkedHashMap<>(stages);
                sealing.put("seal", seal);
                System.out.printf(Locale.ROOT, "seal: JAdES baseline-B, %s%n", key == JwsAlgorithm.ES256 ? "ES256 (ECDSA P-256)" : key + " (RSA-2048)");
                measure(camel, sealing, documents, warmUp, seconds);
                System.out.printf(Locale.ROOT, "  the seal stage alone, on the %d serialised credentials (%.1f KB on average):%n", serialised.size(),
                        serialised.stream().mapToInt(String::length).average().orElse(0) / 1024);
                measure(camel, Map.of("seal", seal), serialised, Math.max(3, seconds / 2), seconds);
                warmUp = Math.max(3, seconds / 2);
            }
        }
    }

    /** The serialise stage's output for each document: what the seal stage gets. */
    private static List<String> serialised(CamelContext camel, Map<String, Processor> stages, List<byte[]> documents) throws Exception {
        List<String> credentials = new ArrayList<>();
        for (byte[] document : documents) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "elmo");
            exchange.getMessage().setBody(document);
            for (Processor stage : stages.values()) {
                stage.process(exchange);
            }
            credentials.add(exchange.getMessage().getBody(String.class));
        }
        return credentials;
    }

    private static void measure(CamelContext camel, Map<String, Processor> stages, List<?> documents, int warmUp, int seconds)
            throws Exception {
        run(camel, stages, documents, 1, warmUp, false);
        for (int threads = 1; threads <= 2; threads++) {
            run(camel, stages, documents, threads, seconds, true);
        }
    }

    private static List<byte[]> convertible(List<Path> folders, CamelContext camel, Map<String, Processor> stages) throws IOException {
        List<byte[]> documents = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                System.out.println("skipping absent folder " + folder);
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    byte[] content = Files.readAllBytes(file);
                    if (convert(camel, stages, content, new LongAdder[stages.size()])) {
                        documents.add(content);
                    }
                }
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("no convertible document in " + folders);
        }
        return documents;
    }

    private static boolean convert(CamelContext camel, Map<String, Processor> stages, Object content, LongAdder[] nanos) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "elmo");
        exchange.getMessage().setHeader(GatewayHeaders.SOURCE, "benchmark");
        exchange.getMessage().setBody(content);
        int i = 0;
        try {
            for (Processor stage : stages.values()) {
                long start = System.nanoTime();
                stage.process(exchange);
                if (nanos[i] != null) {
                    nanos[i].add(System.nanoTime() - start);
                }
                i++;
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void run(CamelContext camel, Map<String, Processor> stages, List<?> documents, int threads,
                            int seconds, boolean report) throws Exception {
        LongAdder[] nanos = new LongAdder[stages.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
        LongAdder converted = new LongAdder();
        LongAdder failed = new LongAdder();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers.add(pool.submit(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    boolean ok = convert(camel, stages, documents.get(n % documents.size()), nanos);
                    (ok ? converted : failed).increment();
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            System.out.printf(Locale.ROOT, "warm-up: %d conversions in %.1f s%n", converted.sum(), elapsed);
            return;
        }
        double total = 0;
        for (LongAdder n : nanos) {
            total += n.sum();
        }
        StringBuilder shares = new StringBuilder();
        List<String> names = List.copyOf(stages.keySet());
        for (int i = 0; i < names.size(); i++) {
            shares.append(String.format(Locale.ROOT, " %s %.1f%%", names.get(i), 100.0 * nanos[i].sum() / total));
        }
        System.out.printf(Locale.ROOT, "threads=%d: %.1f credentials/s (%d in %.1f s, %d failed); %.2f ms per credential per thread; time per stage:%s%n",
                threads, converted.sum() / elapsed, converted.sum(), elapsed, failed.sum(),
                total / 1e6 / Math.max(1, converted.sum() + failed.sum()), shares);
    }
}
