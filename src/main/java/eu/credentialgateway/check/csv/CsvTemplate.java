package eu.credentialgateway.check.csv;

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
 * @param multiValued  columns split by {@code separator} into at most {@code maxValues} values ({@code name@*}: each language's)
 * @param presence     per group, the columns (or {@code column.n}: the n-th value of a multi-valued one; {@code name@*}
 *                     expanded per language) whose value makes {@code gw-has.<group>} hold the uuid
 * @param formulaRefused columns (identifiers, codes) where a value with a spreadsheet-formula prefix is refused
 *                     ({@code check.formula.refuse}) rather than quoted: a quoted identifier is another identifier
 */
record CsvTemplate(List<String> columns, Set<String> languageTemplates, List<String> languages, List<String> required,
                   Set<String> dates, Map<String, Pattern> patterns, Set<String> multiValued, String separator,
                   int maxValues, Set<String> upperCase, Set<String> lowerCase, Map<String, List<String>> presence,
                   Set<String> formulaRefused) {
    static final String ANY_LANGUAGE = "@*";
    static final String CREDENTIAL_KEY = "gw-credential";
    /** The row's language, the first filled {@code name@lang} column of the file's header (see {@link CsvCheck}). */
    static final String LANGUAGE_KEY = "gw-lang";
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
                presence.put(key.substring("check.presence.".length()), expand(split(value), languages));
            }
        });
        String separator = options.getOrDefault("check.multi-valued.separator", "|").trim();
        int max = Integer.parseInt(options.getOrDefault("check.multi-valued.max", "4").trim());
        return new CsvTemplate(List.copyOf(columns), Set.copyOf(languageTemplates), List.copyOf(languages),
                words(options, "check.required"), Set.copyOf(words(options, "check.dates")), Map.copyOf(patterns),
                Set.copyOf(expand(words(options, "check.multi-valued"), languages)), separator.isEmpty() ? "|" : separator, Math.max(1, max),
                Set.copyOf(words(options, "check.upper-case")), Set.copyOf(words(options, "check.lower-case")),
                new java.util.TreeMap<>(presence), Set.copyOf(expand(words(options, "check.formula.refuse"), languages)));
    }

    /** Whether a header names a column of the template (a language column in a known language counts). */
    boolean knows(String column) {
        return columns.contains(column);
    }

    /**
     * The header of the normalised row: the credential key, the row's language, the presence columns, then every
     * template column (multi-valued ones numbered).
     */
    List<String> normalisedHeader() {
        List<String> header = new ArrayList<>();
        header.add(CREDENTIAL_KEY);
        header.add(LANGUAGE_KEY);
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

    /**
     * Whether the row has a value for a presence member: a column, or one value of a multi-valued column,
     * {@code column.n} (the n-th value, so that a node can exist per value: {@code learningOutcomes@en.2}).
     */
    boolean present(String member, Map<String, List<String>> parts) {
        if (parts.containsKey(member)) {
            return true;
        }
        int dot = member.lastIndexOf('.');
        if (dot < 0 || !multiValued.contains(member.substring(0, dot)) || !member.substring(dot + 1).matches("[0-9]{1,2}")) {
            return false;
        }
        return parts.getOrDefault(member.substring(0, dot), List.of()).size() >= Integer.parseInt(member.substring(dot + 1));
    }

    /** Names with {@code name@*} (optionally followed by {@code .n}) expanded to one per language. */
    private static List<String> expand(List<String> names, List<String> languages) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            int at = name.indexOf(ANY_LANGUAGE);
            if (at < 0) {
                out.add(name);
            } else {
                String head = name.substring(0, at);
                String tail = name.substring(at + ANY_LANGUAGE.length());
                languages.forEach(lang -> out.add(head + "@" + lang + tail));
            }
        }
        return out;
    }

    private static List<String> words(Map<String, String> options, String key) {
        return split(options.getOrDefault(key, ""));
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
