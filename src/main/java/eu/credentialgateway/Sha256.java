package eu.credentialgateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as bytes or lower-case hex, for content hashes, stored secrets' hashes, file fingerprints and proofs. The
 * JDK's {@link MessageDigest} and {@link HexFormat} do the work; this class only keeps the checked exception every
 * Java platform cannot throw (SHA-256 is required of it) in one place.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** A fresh digest, for input fed in parts (a file, canonical N-Quads line by line). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** The hash of {@code text} as UTF-8. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
