package eu.credentialgateway.align;

import java.util.Locale;

/**
 * The schemes whose codes the align stage resolves from placeholders
 * {@code urn:x-gateway:code:<placeholder>:<value>}, each with how it normalises a value as found in
 * source documents into the lookup code its table uses.
 */
enum AlignedScheme {
    /** "6", "EQF6", "EQF 6", "level 6", "EQF level 6" -> "6". */
    EQF("eqf", "EQF level") {
        @Override
        String normalise(String raw) {
            String s = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            s = strip(s, "eqf");
            s = strip(s, "level");
            return s;
        }
    },
    /**
     * "0511", " 0511 ", "ISCED-F 0511" -> "0511"; 2/3/4 digits as given (leading zeros matter). A value that is
     * no code is looked up as "code label" ("0613 Software and ...") and then as a field name in any language.
     */
    ISCED_F("isced-f", "ISCED-F field") {
        @Override
        String normalise(String raw) {
            String s = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            s = strip(s, "iscedf");
            return strip(s, "isced");
        }
    },
    /** ISO 3166-1 alpha-2 or alpha-3 (and the EU's UK/EL), any case -> upper case. */
    COUNTRY("country", "country") {
        @Override
        String normalise(String raw) {
            return raw.strip().toUpperCase(Locale.ROOT);
        }
    },
    /** ISO 639-1, 639-2/B or /T, 639-3, or a BCP 47 tag ("en-GB", "en_GB") -> primary subtag, lower case. */
    LANGUAGE("language", "language") {
        @Override
        String normalise(String raw) {
            String s = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            int dash = s.indexOf('-');
            return dash < 0 ? s : s.substring(0, dash);
        }
    };

    private final String id;
    private final String what;

    AlignedScheme(String id, String what) {
        this.id = id;
        this.what = what;
    }

    /** The placeholder's scheme segment, also the table name. */
    String id() {
        return id;
    }

    /** Names the thing for a finding's message. */
    String what() {
        return what;
    }

    /** The finding code for a value or IRI this scheme's table does not know. */
    String unknownCode() {
        return "unknown-" + id + "-code";
    }

    /** The finding code for a name that matches labels of several concepts of this scheme. */
    String ambiguousLabelCode() {
        return "ambiguous-" + id + "-label";
    }

    abstract String normalise(String raw);

    static AlignedScheme byId(String id) {
        for (AlignedScheme s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }

    private static String strip(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }
}
