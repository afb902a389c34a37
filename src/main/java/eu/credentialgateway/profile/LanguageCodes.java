package eu.credentialgateway.profile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Language and country codes as the output profiles need them: ISO 639-1 two-letter language codes
 * (the EBSI schema allows no other key in a language map; OB 3.0 {@code inLanguage}) and ISO 3166-1
 * alpha-2 country codes (OB 3.0 {@code addressCountryCode}), from language tags and from the EU
 * authority IRIs ELM uses ({@code .../language/ENG}, {@code .../country/BEL}). Tables come from the JDK
 * ({@link Locale}), built once.
 */
final class LanguageCodes {
    private static final String LANGUAGE_AUTHORITY = "http://publications.europa.eu/resource/authority/language/";
    private static final String COUNTRY_AUTHORITY = "http://publications.europa.eu/resource/authority/country/";
    private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> BY_THREE_LETTER = threeToTwoLetterLanguages();
    private static final Map<String, String> COUNTRY_BY_ALPHA3 = alpha3ToAlpha2Countries();

    private LanguageCodes() {
    }

    /** The ISO 639-1 code of a BCP 47 tag or ISO 639-2/3 code ({@code en-GB} and {@code eng} give {@code en}), or null. */
    static String twoLetter(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.length() == 2) {
            return TWO_LETTER.contains(primary) ? primary : null;
        }
        return BY_THREE_LETTER.get(primary);
    }

    /** The ISO 639-1 code of an EU language authority IRI ({@code .../language/ENG} gives {@code en}), or null. */
    static String twoLetterOfLanguageIri(String iri) {
        return iri != null && iri.startsWith(LANGUAGE_AUTHORITY) ? twoLetter(iri.substring(LANGUAGE_AUTHORITY.length())) : null;
    }

    /** The ISO 3166-1 alpha-2 code of an EU country authority IRI ({@code .../country/BEL} gives {@code BE}), or null. */
    static String alpha2OfCountryIri(String iri) {
        return iri != null && iri.startsWith(COUNTRY_AUTHORITY)
                ? COUNTRY_BY_ALPHA3.get(iri.substring(COUNTRY_AUTHORITY.length()).toUpperCase(Locale.ROOT)) : null;
    }

    private static Map<String, String> threeToTwoLetterLanguages() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException noThreeLetterCode) {
                // a two-letter code without an ISO 639-2 one: nothing to map
            }
        }
        // ISO 639-2/B (bibliographic) codes that differ from the /T codes the JDK gives
        String[] bibliographic = {"alb", "sq", "arm", "hy", "baq", "eu", "bur", "my", "chi", "zh", "cze", "cs", "dut", "nl",
            "fre", "fr", "geo", "ka", "ger", "de", "gre", "el", "ice", "is", "mac", "mk", "mao", "mi", "may", "ms", "per", "fa",
            "rum", "ro", "slo", "sk", "tib", "bo", "wel", "cy"};
        for (int i = 0; i < bibliographic.length; i += 2) {
            map.putIfAbsent(bibliographic[i], bibliographic[i + 1]);
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> alpha3ToAlpha2Countries() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOCountries()) {
            try {
                map.put(new Locale("", two).getISO3Country(), two);
            } catch (java.util.MissingResourceException noThreeLetterCode) {
                // no alpha-3 code known to the JDK
            }
        }
        return Map.copyOf(map);
    }
}
