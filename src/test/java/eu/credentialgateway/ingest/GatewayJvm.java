package eu.credentialgateway.ingest;

import eu.credentialgateway.app.GatewayApplication;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gateway as its own JVM on the test classpath, in the project folder, everything it writes under a temporary
 * folder, a file H2 database and a small ESCO file for a quick start (as {@code CrashRecoveryTest} runs it).
 */
final class GatewayJvm implements AutoCloseable {
    final Process process;
    final int port;
    final Path data;

    private GatewayJvm(Process process, int port, Path data) {
        this.process = process;
        this.port = port;
        this.data = data;
    }

    static GatewayJvm start(Path data, String heap, String... extraArguments) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), GatewayApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("audit").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000",
                "--gateway.security.admin-key-file=" + adminKeyFile(data),
                "--gateway.ingest.inbox-dir=" + data.resolve("inbox"),
                "--gateway.deliver.outbox-dir=" + data.resolve("outbox"),
                "--gateway.quarantine.dir=" + data.resolve("quarantine"),
                "--gateway.align.esco.file=" + eu.credentialgateway.GatewayProcess.smallEscoFile(data),
                "--gateway.align.esco.index.cache-dir=" + data.resolve("esco-index"),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(data.resolve("gateway.log").toFile()).start();
        return new GatewayJvm(process, port, data);
    }

    static Path adminKeyFile(Path data) {
        return data.resolve("admin.key");
    }

    String adminKey() throws IOException {
        return Files.readString(adminKeyFile(data)).trim();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits, polling every few milliseconds, until the port accepts a connection; false when the JVM ended first. */
    boolean awaitPort(Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(5);
            }
        }
        return false;
    }

    /** The JVM's peak resident set (VmHWM of /proc/<pid>/status) in MB, or -1 where /proc does not tell. */
    long peakResidentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException unknown) {
            return -1;
        }
        return -1;
    }

    String log() throws IOException {
        return Files.readString(data.resolve("gateway.log"));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
