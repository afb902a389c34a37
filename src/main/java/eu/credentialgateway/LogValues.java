package eu.credentialgateway;

/**
 * Values that came from a document, made safe for one log line (and for a finding): control characters (line breaks,
 * tabs, escape sequences, U+2028/U+2029, bidirectional overrides) written as {@code \n} or {@code \\uXXXX}, so no
 * document can forge a log line or hide text from whoever reads the log; cut to a length with {@code …} and the count
 * of characters left out. Written by hand: SLF4J/Logback escape nothing, and the OWASP encoder is an HTML encoder.
 */
public final class LogValues {
    /** The default cut for a value in a log line. */
    public static final int DEFAULT_MAX = 200;

    private LogValues() {
    }

    /** {@code value} escaped and cut to {@value #DEFAULT_MAX} characters; "null" for null. */
    public static String safe(Object value) {
        return safe(value, DEFAULT_MAX);
    }

    /** {@code value} escaped and cut to {@code max} characters (before escaping); "null" for null. */
    public static String safe(Object value, int max) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int end = Math.min(text.length(), max);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = null;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(end + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        String result = out == null ? text.substring(0, end) : out.toString();
        return end < text.length() ? result + "…(+" + (text.length() - end) + ")" : result;
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
