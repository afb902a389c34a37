package eu.credentialgateway.check.csv;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header line of a batch file against a csv-kind adapter's columns, once per file: every column must be one
 * the adapter allows (no list = any; a template ignores case, as its row check does), none twice, and every required column must be there
 * ({@code name@*}: one language column at least). Findings name the header's line and the column:
 * {@code line 1, column nickname}. Built from a {@link CsvTemplate} ({@code check.columns} / {@code check.required})
 * or from a plain csv adapter's {@code csv.columns} / {@code csv.header}.
 */
final class CsvHeaderCheck {
    private final List<String> required;
    private final boolean anyColumn;
    private final boolean ignoreCase;
    private final Map<String, String> columns = new HashMap<>();

    CsvHeaderCheck(List<String> allowed, List<String> required, boolean ignoreCase) {
        this.required = List.copyOf(required);
        this.anyColumn = allowed.isEmpty();
        this.ignoreCase = ignoreCase;
        allowed.forEach(c -> columns.put(key(c), c));
        required.stream().filter(c -> !c.endsWith(CsvTemplate.ANY_LANGUAGE)).forEach(c -> columns.putIfAbsent(key(c), c));
    }

    CsvHeaderCheck(CsvTemplate template) {
        this(template.columns(), template.required(), true);
    }

    private String key(String column) {
        return ignoreCase ? column.toLowerCase(Locale.ROOT) : column;
    }

    List<Finding> check(List<String> header, int line) {
        String where = "line " + line;
        List<Finding> findings = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            String column = columns.getOrDefault(key(name), anyColumn ? name : null);
            if (column == null) {
                String shown = CsvRowCheck.clip(name);
                findings.add(new Finding(Stage.CHECK, "unknown-column", "the header names column '" + shown
                        + "', which the template (docs/csv-template.md) does not have: no row of the file was converted",
                        where + ", column " + shown));
            } else if (!present.add(column)) {
                findings.add(new Finding(Stage.CHECK, "duplicate-column", "the header names column " + column
                        + " twice: no row of the file was converted", where + ", column " + column));
            }
        }
        for (String required : required) {
            boolean anyLanguage = required.endsWith(CsvTemplate.ANY_LANGUAGE);
            String name = anyLanguage ? required.substring(0, required.length() - CsvTemplate.ANY_LANGUAGE.length()) : required;
            boolean there = anyLanguage ? present.stream().anyMatch(c -> c.startsWith(name + "@")) : present.contains(required);
            if (!there) {
                findings.add(new Finding(Stage.CHECK, "missing-column", "the header has no column " + required
                        + (anyLanguage ? " (" + name + "@en, " + name + "@fr, ...)" : "")
                        + ", which every row needs: no row of the file was converted", where + ", column " + required));
            }
        }
        return findings;
    }
}
