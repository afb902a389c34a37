package eu.credentialgateway;

/**
 * Is a text base64 (RFC 4648, the standard alphabet, white space between groups allowed as the XML formats break
 * lines)? Hand-written rather than {@link java.util.Base64}, which answers only by decoding into a byte array as large
 * as the attachment (the embedded original can be 20 MB); this checks the same rules without allocating.
 * Public because the check stage asks the same of an ELMO attachment before the mapping decides to keep it.
 */
public final class Base64Text {
    private Base64Text() {
    }

    public static boolean isBase64(String text) {
        long symbols = 0;
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (c == '=') {
                padding++;
                if (padding > 2) {
                    return false;
                }
            } else if (padding > 0 || !alphabet(c)) {
                return false; // a symbol after padding, or not of the alphabet
            } else {
                symbols++;
            }
        }
        long total = symbols + padding;
        return total > 0 && total % 4 == 0 && (padding == 0 || symbols % 4 != 0);
    }

    private static boolean alphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
