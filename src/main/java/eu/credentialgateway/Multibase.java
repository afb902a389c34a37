package eu.credentialgateway;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Multibase text (W3C Controlled Identifiers): {@code z} + base58btc (Bitcoin alphabet) or {@code u} + base64url
 * without padding. Only short values are decoded (keys and signatures): longer text is refused before any work.
 */
public final class Multibase {
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int[] DIGIT = new int[128];
    /** Far more than a key (48 characters) or an Ed25519 signature (88 characters) needs. */
    public static final int MAX_LENGTH = 512;

    static {
        Arrays.fill(DIGIT, -1);
        for (int i = 0; i < BASE58.length(); i++) {
            DIGIT[BASE58.charAt(i)] = i;
        }
    }

    private Multibase() {
    }

    /** The bytes of {@code text}, or empty when it is not base58btc ({@code z}) or base64url ({@code u}) multibase. */
    public static Optional<byte[]> decode(String text) {
        if (text == null || text.length() < 2 || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String body = text.substring(1);
        return switch (text.charAt(0)) {
            case 'z' -> base58(body);
            case 'u' -> base64url(body);
            default -> Optional.empty();
        };
    }

    private static Optional<byte[]> base58(String text) {
        BigInteger value = BigInteger.ZERO;
        BigInteger radix = BigInteger.valueOf(58);
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? DIGIT[c] : -1;
            if (digit < 0) {
                return Optional.empty();
            }
            value = value.multiply(radix).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0; // BigInteger's sign byte
        byte[] bytes = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, bytes, zeros, magnitude.length - skip);
        return Optional.of(bytes);
    }

    private static Optional<byte[]> base64url(String text) {
        if (text.contains("=")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
