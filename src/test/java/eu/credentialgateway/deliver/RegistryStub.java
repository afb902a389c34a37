package eu.credentialgateway.deliver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A credential registry as the crash test needs one, on 127.0.0.1: {@code POST /credentials} stores the body under
 * its {@code Idempotency-Key} (a repeated key is answered 200 and stored once, as a real registry's idempotency
 * does), {@code GET /credentials/<id>} answers 200 or 404. It counts every POST per key, so a test sees both what
 * the registry kept and every resend the gateway made. Each POST takes {@code latencyMillis}, like a real store.
 */
final class RegistryStub implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final Map<String, Integer> postsPerKey = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final long latencyMillis;
    private volatile long firstStoredAt;
    private volatile long lastStoredAt;

    RegistryStub(long latencyMillis) throws IOException {
        this.latencyMillis = latencyMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/credentials", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/credentials";
    }

    int storedCount() {
        return stored.size();
    }

    Map<String, String> stored() {
        return Map.copyOf(stored);
    }

    Map<String, Integer> postsPerKey() {
        return Map.copyOf(postsPerKey);
    }

    int lookups() {
        return lookups.get();
    }

    long firstStoredAt() {
        return firstStoredAt;
    }

    long lastStoredAt() {
        return lastStoredAt;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/credentials/")) {
                lookups.incrementAndGet();
                String id = URLDecoder.decode(path.substring("/credentials/".length()), StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(stored.containsKey(id) ? 200 : 404, -1);
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!"POST".equals(exchange.getRequestMethod()) || key == null || !body.contains(key)) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            postsPerKey.merge(key, 1, Integer::sum);
            Thread.sleep(latencyMillis);
            boolean fresh = stored.putIfAbsent(key, body) == null;
            if (fresh) {
                long now = System.nanoTime();
                if (firstStoredAt == 0) {
                    firstStoredAt = now;
                }
                lastStoredAt = now;
            }
            exchange.sendResponseHeaders(fresh ? 201 : 200, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
