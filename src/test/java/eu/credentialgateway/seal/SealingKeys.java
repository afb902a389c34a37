package eu.credentialgateway.seal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Seal keys for tests: made like the demo key, in a test's own folder. */
final class SealingKeys {
    private SealingKeys() {
    }

    /** A key for {@code algorithm} kept in {@code folder}; {@code demo} false reads it as an issuer's key would be. */
    static SealingKey of(Path folder, JwsAlgorithm algorithm, boolean demo) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve(algorithm + ".p12");
        SealingKey made = DemoSealingKey.loadOrCreate(file, algorithm);
        return demo ? made : Pkcs12Keystore.read(file, DemoSealingKey.ALIAS, DemoSealingKey.PASSWORD, algorithm, false);
    }
}
