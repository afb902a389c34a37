package eu.credentialgateway.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import eu.credentialgateway.AtomicFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a fresh database, makes the first admin key and writes it to {@code gateway.security.admin-key-file}
 * (default {@code data/secrets/admin.key}), readable by its owner only. The log says where the key is, never the
 * key. Nothing happens once any key exists, so deleting the file does not mint a new admin.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminKeyBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(AdminKeyBootstrap.class);

    private final ApiKeyStore keys;
    private final AccessProperties properties;
    private final ActionLog actions;

    AdminKeyBootstrap(ApiKeyStore keys, AccessProperties properties, ActionLog actions) {
        this.keys = keys;
        this.properties = properties;
        this.actions = actions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void firstAdminKey() {
        if (!properties.bootstrapAdminKey() || keys.count() > 0) {
            return;
        }
        Path file = properties.adminKeyFile().toAbsolutePath().normalize();
        ApiKeyStore.Made made = keys.create("first admin (made at first start)", EnumSet.of(Role.ADMIN), Set.of(), Set.of(), Set.of(), "gateway");
        write(file, made.secret());
        actions.record("gateway", "api-key.create", "api-key", made.key().id().toString(), "roles=admin; written to the admin key file");
        LOG.info("Made the first admin API key (id {}); it is in {} (owner-only). Send it as X-API-Key.", made.key().id(), file);
    }

    /** Writes the key to a new file, owner-only from birth (no window where others could read it). */
    static void write(Path file, String secret) {
        try {
            // a file left from an earlier database would hold a key nobody can use any more: this one replaces it
            Files.deleteIfExists(file);
            if (!AtomicFile.createOwnerOnly(file, (secret + "\n").getBytes(StandardCharsets.US_ASCII))) {
                throw new IllegalStateException("the admin key file " + file + " appeared while it was being written");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin key file " + file, e);
        }
    }
}
