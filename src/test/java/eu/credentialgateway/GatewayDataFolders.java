package eu.credentialgateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test's gateway at folders of its own: inbox, outbox and quarantine under one temporary folder,
 * and an in-memory H2 database of the given name, so Spring test contexts never share files or rows. The first
 * admin API key is written there too ({@link #adminKey(Path)}).
 */
public final class GatewayDataFolders {
    private GatewayDataFolders() {
    }

    /** Inbox, outbox and quarantine under {@code data}; the audit database in memory, named {@code database}. */
    public static void register(DynamicPropertyRegistry registry, Path data, String database) {
        registerFolders(registry, data);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    }

    /** Inbox, outbox and quarantine under {@code data}; the database is left to the caller. */
    public static void registerFolders(DynamicPropertyRegistry registry, Path data) {
        registry.add("gateway.ingest.inbox-dir", () -> data.resolve("inbox").toString());
        registry.add("gateway.deliver.outbox-dir", () -> data.resolve("outbox").toString());
        registry.add("gateway.quarantine.dir", () -> data.resolve("quarantine").toString());
        registry.add("gateway.security.admin-key-file", () -> adminKeyFile(data).toString());
    }

    /** Where the gateway writes its first admin key, under {@code data}. */
    public static Path adminKeyFile(Path data) {
        return data.resolve("secrets").resolve("admin.key");
    }

    /** The first admin key the gateway wrote under {@code data} at start (send it as {@code X-API-Key}). */
    public static String adminKey(Path data) {
        try {
            return Files.readString(adminKeyFile(data)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway wrote no admin key under " + data, e);
        }
    }
}
