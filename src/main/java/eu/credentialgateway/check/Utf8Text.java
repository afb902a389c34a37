package eu.credentialgateway.check;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the body strictly as UTF-8 (the only encoding the gateway accepts), so that a Latin-1 or
 * UTF-16 file is rejected with the place of its first bad byte instead of being silently misread.
 */
public final class Utf8Text {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private Utf8Text() {
    }

    /**
     * The text of a whole input document, or the finding that says why there is none to check: no bytes,
     * bytes that are not acceptable UTF-8, or only white space (all {@code empty-document} but the encoding).
     */
    public static Decoded document(byte[] body) {
        if (body == null || body.length == 0) {
            return new Decoded(null, new Finding(Stage.CHECK, "empty-document", "the document is empty", ""));
        }
        Decoded decoded = decode(body);
        if (decoded.failure() == null && decoded.text().isBlank()) {
            return new Decoded(null, new Finding(Stage.CHECK, "empty-document", "the document holds only white space", ""));
        }
        return decoded;
    }

    /** The text, or the finding that says why the bytes are not acceptable UTF-8. */
    public static Decoded decode(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        // The declaration is ASCII in every encoding the gateway could be sent except UTF-16/32
        // (which fail the strict decode below): read it first, so a document that says what it is
        // (ISO-8859-1, windows-1252) is told so, not just pointed at its first non-UTF-8 byte.
        String head = new String(bytes, start, Math.min(bytes.length - start, 200), StandardCharsets.ISO_8859_1);
        Finding declaredOther = declaredOtherThanUtf8(head);
        if (declaredOther != null) {
            return new Decoded(null, declaredOther);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, bad(out.flip(), "byte " + (in.position()) + " is not valid UTF-8"));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            return new Decoded(null, new Finding(Stage.CHECK, "bad-encoding", "the document is not valid UTF-8", ""));
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // valid UTF-8, but neither XML nor JSON text holds a raw NUL: UTF-16 sent without a BOM, or binary
            return new Decoded(null, bad(CharBuffer.wrap(text, 0, nul), "it holds a NUL byte (UTF-16 without a BOM, or binary)"));
        }
        return new Decoded(text, null);
    }

    private static Finding declaredOtherThanUtf8(String head) {
        Matcher declared = DECLARED.matcher(head);
        if (!declared.find()) {
            return null;
        }
        String name = declared.group(1).toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8") || name.equals("UTF8")) {
            return null;
        }
        return new Finding(Stage.CHECK, "bad-encoding",
                "the document declares encoding " + name + "; the gateway accepts UTF-8 only (re-encode it as UTF-8)",
                "line 1, column " + (declared.start(1) + 1));
    }

    private static Finding bad(CharBuffer decodedSoFar, String what) {
        int line = 1;
        int column = 1;
        while (decodedSoFar.hasRemaining()) {
            if (decodedSoFar.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Finding(Stage.CHECK, "bad-encoding", "the document is not UTF-8: " + what,
                "line " + line + ", column " + column);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Decoded text or the reason it could not be decoded. */
    public record Decoded(String text, Finding failure) {
    }

}
