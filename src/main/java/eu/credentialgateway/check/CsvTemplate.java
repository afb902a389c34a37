package eu.credentialgateway.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The column template of a csv-kind adapter, read once from the {@code check.*} entries of its
 * {@code mappings/<format>.adapter.properties} (see docs/csv-template.md): which columns exist, which
 * are required, dates, patterns, multi-valued columns and presence groups.
 *
 * @param columns      the template's columns in order, {@code name@*} expanded per language
 * @param languageTemplates names given as {@code name@*} (one column per language)
 * @param languages    the languages a {@code name@lang} column may have
 * @param required     columns that need a value; a {@code name@*} entry needs one language at least
 * @param dates        columns holding {@code YYYY-MM-DD}
 * @param patterns     per column, the form every value must have
 * @param multiValued  columns split by {@code separator} into at most {@code maxValues} values
 * @param presence     per group, the columns whose value makes {@code gw-has.<group>} hold the uuid
 */
record CsvTemplate(List<String> columns, Set<String> languageTemplates, List<String> languages, List<String> required,
                   Set<String> dates, Map<String, Pattern> patterns, Set<String> multiValued, String separator,
                   int maxValues, Set<String> upperCase, Set<String> lowerCase, Map<String, List<String>> presence) {
    static final String ANY_LANGUAGE = "@*";
    static final String CREDENTIAL_KEY = "gw-credential";
    static final String PRESENCE_PREFIX = "gw-has.";

    static CsvTemplate of(Map<String, String> options) {
        List<String> languages = words(options, "check.languages");
        List<String> declared = words(options, "check.columns");
        if (declared.isEmpty()) {
            throw new IllegalStateException("a csv adapter needs check.columns (its column template)");
        }
        List<String> columns = new ArrayList<>();
        Set<String> languageTemplates = new LinkedHashSet<>();
        for (String column : declared) {
            if (column.endsWith(ANY_LANGUAGE)) {
                String name = column.substring(0, column.length() - ANY_LANGUAGE.length());
                languageTemplates.add(name);
                languages.forEach(lang -> columns.add(name + "@" + lang));
            } else {
                columns.add(column);
            }
        }
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        Map<String, List<String>> presence = new LinkedHashMap<>();
        options.forEach((key, value) -> {
            if (key.startsWith("check.pattern.")) {
                patterns.put(key.substring("check.pattern.".length()), Pattern.compile(value.trim()));
            } else if (key.startsWith("check.presence.")) {
                presence.put(key.substring("check.presence.".length()), split(value));
            }
        });
        String separator = options.getOrDefault("check.multi-valued.separator", "|").trim();
        int max = Integer.parseInt(options.getOrDefault("check.multi-valued.max", "4").trim());
        return new CsvTemplate(List.copyOf(columns), Set.copyOf(languageTemplates), List.copyOf(languages),
                words(options, "check.required"), Set.copyOf(words(options, "check.dates")), Map.copyOf(patterns),
                Set.copyOf(words(options, "check.multi-valued")), separator.isEmpty() ? "|" : separator, Math.max(1, max),
                Set.copyOf(words(options, "check.upper-case")), Set.copyOf(words(options, "check.lower-case")),
                new java.util.TreeMap<>(presence));
    }

    /** Whether a header names a column of the template (a language column in a known language counts). */
    boolean knows(String column) {
        return columns.contains(column);
    }

    /** The header of the normalised row: the credential key, the presence columns, then every template column (multi-valued ones numbered). */
    List<String> normalisedHeader() {
        List<String> header = new ArrayList<>();
        header.add(CREDENTIAL_KEY);
        presence.keySet().forEach(group -> header.add(PRESENCE_PREFIX + group));
        for (String column : columns) {
            if (multiValued.contains(column)) {
                for (int i = 1; i <= maxValues; i++) {
                    header.add(column + "." + i);
                }
            } else {
                header.add(column);
            }
        }
        return header;
    }

    private static List<String> words(Map<String, String> options, String key) {
        return split(options.getOrDefault(key, ""));
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
