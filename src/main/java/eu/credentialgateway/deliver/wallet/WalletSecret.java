package eu.credentialgateway.deliver.wallet;

import eu.credentialgateway.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The wallet secret: at least 32 bytes from which {@link WalletKeys} derives the pre-authorised codes, the PIN keys
 * and the nonce clients' keys. Given as {@code gateway.wallet.secret} (base64; every instance of a cluster needs the
 * same), else read from {@code gateway.wallet.secret-file}, which is made on first start: 32 random bytes in base64,
 * owner read/write only (POSIX mode 0600 from the moment it exists, where the file system has POSIX permissions).
 * Errors name the file, never the value.
 */
final class WalletSecret {
    static final int MIN_BYTES = 32;

    private WalletSecret() {
    }

    /** The configured secret when {@code configured} is not blank, else the file's (made when missing). */
    static byte[] load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured, "gateway.wallet.secret");
        }
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "the wallet secret file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the wallet secret file " + file, e);
        }
    }

    private static byte[] decode(String text, String source) {
        byte[] secret;
        try {
            String trimmed = text.strip();
            secret = trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(trimmed) : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException notBase64) {
            // not chained: the decoder's message quotes a character of the secret
            throw new IllegalStateException(source + " is not base64", null);
        }
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException(source + " holds fewer than " + MIN_BYTES + " bytes");
        }
        return secret;
    }

    /** 32 random bytes in base64, owner-only from birth; when another instance was first, its file is kept. */
    private static void create(Path file) throws IOException {
        byte[] secret = new byte[MIN_BYTES];
        WalletOffers.RANDOM.nextBytes(secret);
        AtomicFile.createOwnerOnly(file, (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
