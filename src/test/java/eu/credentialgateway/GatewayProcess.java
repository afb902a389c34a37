package eu.credentialgateway;

import eu.credentialgateway.app.GatewayApplication;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The gateway as its own JVM on the test classpath, as an operator runs it, for tests that kill it, restart it or
 * load it: its folders (inbox, outbox, quarantine, admin key, ESCO index cache) under one folder, a small ESCO file
 * for a quick start, a free port, its output in {@code <folder>/<name>.log}.
 */
public final class GatewayProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path folder;
    private final Path log;

    private GatewayProcess(Process process, int port, Path folder, Path log) {
        this.process = process;
        this.port = port;
        this.folder = folder;
        this.log = log;
    }

    /**
     * Starts a gateway whose data lives under {@code folder}, named {@code name} (its log file).
     *
     * @param heap        the JVM's {@code -Xmx}, e.g. {@code 512m}
     * @param settings    further {@code --key=value} arguments (the database URL among them)
     */
    public static GatewayProcess start(Path folder, String name, String heap, List<String> settings) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), GatewayApplication.class.getName(),
                "--server.port=" + port,
                "--gateway.security.admin-key-file=" + folder.resolve("admin.key"),
                "--gateway.ingest.inbox-dir=" + folder.resolve("inbox"),
                "--gateway.deliver.outbox-dir=" + folder.resolve("outbox"),
                "--gateway.quarantine.dir=" + folder.resolve("quarantine"),
                "--gateway.align.esco.file=" + smallEscoFile(folder),
                "--gateway.align.esco.index.cache-dir=" + folder.resolve("esco-index"),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        command.addAll(settings);
        Path log = folder.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new GatewayProcess(process, port, folder, log);
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** The first admin key the gateway wrote (empty until it has; later processes on the same database make none). */
    public String adminKey() throws IOException {
        Path file = folder.resolve("admin.key");
        return Files.exists(file) ? Files.readString(file).trim() : "";
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or an OOM killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM), then SIGKILL if it has not ended within a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The first 200 skills of the shipped ESCO file: the align stage needs one, these tests do not need them all. */
    public static Path smallEscoFile(Path folder) throws IOException {
        Path small = folder.resolve("esco-small.tsv.gz");
        if (Files.exists(small)) {
            return small;
        }
        Files.createDirectories(folder);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(Path.of("ontologies/esco/skills.tsv.gz"))), StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(small)),
                     StandardCharsets.UTF_8))) {
            int skills = 0;
            for (String line = in.readLine(); line != null && skills < 200; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                if (!line.startsWith("#")) {
                    skills++;
                }
            }
        }
        return small;
    }
}
