package eu.credentialgateway.align;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which the align stage compares names and labels from source documents with the ones in its
 * tables: accents and case removed, letters such as ł, ø, ß spelt out, punctuation turned into single
 * spaces, and letters and digits that touch split apart ("DQR6" = "dqr 6", "Utilisation d’un
 * ordinateur" = "utilisation d un ordinateur"). A plus sign is kept ("NLQF 4+").
 */
final class LabelKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9+]+");

    private LabelKey() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = s.replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ı", "i")
                .replace("æ", "ae").replace("œ", "oe").replace("ß", "ss").replace("þ", "th");
        s = LETTER_DIGIT.matcher(s).replaceAll(" ");
        return OTHER.matcher(s).replaceAll(" ").strip();
    }
}
