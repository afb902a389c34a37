package eu.credentialgateway.check;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language a document declares (JSON-LD {@code @language}, OB 3.0 {@code inLanguage}, {@code xml:lang}, a CSV
 * {@code @lang} column): a BCP 47 tag whose primary subtag is an ISO 639 code. Anything else is no declaration, so
 * a typo never becomes a language the credential claims (the align stage would find no language concept for it).
 * Java's ISO 639 lists are used because they are the JDK's own copy of the standard, not because they are complete:
 * a 639-3 code beyond them is ignored like a typo.
 */
public final class DeclaredLanguage {
    public static final String UNDETERMINED = "und";
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> ISO_639 = iso639();

    private DeclaredLanguage() {
    }

    /** The tag as declared (stripped, {@code _} read as {@code -}), or null when it is no language tag. */
    public static String of(String raw) {
        if (raw == null) {
            return null;
        }
        String tag = raw.strip().replace('_', '-');
        if (!TAG.matcher(tag).matches()) {
            return null;
        }
        int dash = tag.indexOf('-');
        String primary = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
        return ISO_639.contains(primary) && !UNDETERMINED.equals(primary) ? tag : null;
    }

    private static Set<String> iso639() {
        Set<String> codes = new HashSet<>();
        for (String two : Locale.getISOLanguages()) {
            codes.add(two);
            codes.add(Locale.forLanguageTag(two).getISO3Language());
        }
        return Set.copyOf(codes);
    }
}
