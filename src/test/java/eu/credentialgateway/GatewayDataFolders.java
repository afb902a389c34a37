package eu.credentialgateway;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test's gateway at folders of its own: inbox, outbox and quarantine under one temporary folder,
 * and an in-memory H2 database of the given name, so Spring test contexts never share files or rows.
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
    }
}
