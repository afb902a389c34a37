package eu.credentialgateway.align;

import eu.credentialgateway.Sha256;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A phrase as the review queue knows it: its language (the primary subtag, lower case, {@code und} when unknown)
 * and its text normalised (Unicode NFKC, lower case, runs of white space as one space, bullets and punctuation
 * at either end removed), so that "Work in teams." and " work in  TEAMS" are one phrase.
 *
 * @param lang primary language subtag ({@code en}, {@code fr}) or {@code und}
 * @param text the normalised text
 */
public record PhraseKey(String lang, String text) {
    public static final String UNDETERMINED = "und";

    public PhraseKey {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
    }

    /** The key of a phrase as found in a credential or given by a caller. */
    public static PhraseKey of(String text, String lang) {
        return new PhraseKey(language(lang), normalise(text));
    }

    /** The primary subtag of a language tag, lower case; {@code und} for null, blank or "und". */
    public static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return UNDETERMINED;
        }
        String s = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = s.indexOf('-');
        return dash < 0 ? s : s.substring(0, dash);
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\s+", " ").strip();
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(s.codePointBefore(end)) && s.charAt(end - 1) != ')') {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** The language the matcher is asked in: null (every language) when undetermined. */
    public String matchLanguage() {
        return UNDETERMINED.equals(lang) ? null : lang;
    }

    /** SHA-256 (hex) of {@code lang + "\n" + text}: the review queue's unique key in the database. */
    public String hash() {
        return Sha256.hex(lang + "\n" + text);
    }
}
