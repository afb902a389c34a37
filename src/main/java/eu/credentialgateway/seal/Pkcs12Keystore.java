package eu.credentialgateway.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the issuer's seal key from a PKCS#12 keystore. The password comes from the environment
 * variable the configuration names, never from a property, so it stays out of files and logs.
 */
final class Pkcs12Keystore {
    private Pkcs12Keystore() {
    }

    /**
     * The key under {@code alias} (or the keystore's only key when alias is null), used with
     * {@code algorithm} (or the key's default algorithm when null).
     *
     * @param environment looks up environment variables ({@code System::getenv} outside tests)
     */
    static SealingKey load(Path keystore, String alias, String passwordEnv, JwsAlgorithm algorithm,
                           UnaryOperator<String> environment) {
        String password = environment.apply(passwordEnv);
        if (password == null) {
            throw new IllegalStateException("the seal keystore " + keystore + " needs its password in the environment variable "
                    + passwordEnv + " (gateway.seal.password-env), which is not set");
        }
        return read(keystore, alias, password.toCharArray(), algorithm, false);
    }

    /** Reads the key with a known password (the demo keystore's). */
    static SealingKey read(Path keystore, String alias, char[] password, JwsAlgorithm algorithm, boolean demo) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias != null ? alias : onlyKeyAlias(store, keystore);
            if (!store.isKeyEntry(chosen)) {
                throw new IllegalStateException("the seal keystore " + keystore + " has no key under the alias " + chosen
                        + "; its keys: " + keyAliases(store));
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(chosen)) {
                chain.add((X509Certificate) certificate);
            }
            JwsAlgorithm used = algorithm != null ? algorithm : JwsAlgorithm.defaultFor(chain.get(0).getPublicKey());
            return new SealingKey(key, chain, used, demo);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the seal keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    private static String onlyKeyAlias(KeyStore store, Path keystore) throws GeneralSecurityException {
        List<String> keys = keyAliases(store);
        if (keys.size() != 1) {
            throw new IllegalStateException("the seal keystore " + keystore + " holds " + keys.size()
                    + " keys " + keys + ": name one with gateway.seal.alias");
        }
        return keys.get(0);
    }

    private static List<String> keyAliases(KeyStore store) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        return keys;
    }
}
