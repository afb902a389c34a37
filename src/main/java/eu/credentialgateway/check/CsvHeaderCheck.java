package eu.credentialgateway.check;

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
 * The header line of a batch file against a csv-kind adapter's {@link CsvTemplate}, once per file: every column
 * must be one of the template (case does not matter), none twice, and every required column must be there
 * ({@code name@*}: one language column at least). Findings name the header's line and the column:
 * {@code line 1, column nickname}.
 */
final class CsvHeaderCheck {
    private final CsvTemplate template;
    private final Map<String, String> columnsIgnoringCase = new HashMap<>();

    CsvHeaderCheck(CsvTemplate template) {
        this.template = template;
        template.columns().forEach(c -> columnsIgnoringCase.put(c.toLowerCase(Locale.ROOT), c));
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
            String column = columnsIgnoringCase.get(name.toLowerCase(Locale.ROOT));
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
        for (String required : template.required()) {
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
