package eu.credentialgateway;

/**
 * Text that really is text: no unpaired surrogate (which no encoding can write: a JSON {@code \ud800} escape or a
 * broken string) and no U+FFFD (the mark a lenient decoder leaves where bytes were not text). A credential sealed
 * with either would carry a defect its issuer never wrote. Used by the JSON check (every string of the document) and
 * the sanity step (every literal of the credential).
 */
public final class SoundText {
    /** The code of a document or credential holding such text. */
    public static final String INVALID_TEXT = "invalid-text";

    private SoundText() {
    }

    /** True when {@code s} holds no unpaired surrogate and no replacement character. */
    public static boolean isSound(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
