package eu.credentialgateway.check.csv;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import eu.credentialgateway.check.Utf8Text;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one row of a csv-kind adapter against its {@link CsvTemplate} and writes the normalised row
 * the RML mapping reads. Input: a CSV document of the header line and ONE data row. Findings name the
 * row (the data row number the batch gave, {@code GatewayRow}) and the column, never a value.
 * Output: a comma-separated CSV of two lines, every field quoted: the template's full normalised header
 * (so every column the mapping refers to exists) and the values, with dates as {@code YYYY-MM-DDT00:00:00},
 * multi-valued columns numbered ({@code iscedF.1}, {@code iscedF.2}, ...), {@code gw-credential} = the credential's
 * uuid, {@code gw-lang} = the row's language (its first filled {@code name@lang} column in the file's header order,
 * which the normalised header no longer keeps; {@code und} when none) and {@code gw-has.<group>} = the uuid when the
 * group has a value. A free-text value (no pattern, not a date)
 * that a spreadsheet would run as a formula is neutralised ({@link FormulaPrefix}), or refused ({@code formula-prefix})
 * in the columns {@code check.formula.refuse} lists.
 */
final class CsvRowCheck {
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final CsvTemplate template;
    private final Map<String, String> columnsIgnoringCase = new HashMap<>();
    private final List<String> normalisedHeader;

    /** Findings, or the normalised row when there are none. */
    record Result(List<Finding> findings, byte[] normalised) {
    }

    CsvRowCheck(CsvTemplate template) {
        this.template = template;
        template.columns().forEach(c -> columnsIgnoringCase.put(c.toLowerCase(Locale.ROOT), c));
        this.normalisedHeader = template.normalisedHeader();
    }

    Result check(byte[] document, int rowNumber, String uuid) {
        String where = "row " + rowNumber;
        Utf8Text.Decoded decoded = Utf8Text.decode(document == null ? new byte[0] : document);
        if (decoded.failure() != null) {
            // a row the batch reader did not read (it refuses such files whole): never U+FFFD in a credential
            Finding bad = decoded.failure();
            return new Result(List.of(new Finding(bad.stage(), bad.code(), bad.message(), where + ", " + bad.location())), null);
        }
        List<String[]> records = parse(decoded.text());
        List<Finding> findings = new ArrayList<>();
        if (records.size() < 2) {
            findings.add(finding(records.isEmpty() ? "empty-document" : "no-data-row",
                    records.isEmpty() ? "the document holds no header line" : "the document holds a header line but no data row", where));
            return new Result(findings, null);
        }
        if (records.size() > 2) {
            findings.add(finding("several-rows", "one input holds one data row; this one holds " + (records.size() - 1)
                    + " (send the file as a batch: ?format=csv)", where));
            return new Result(findings, null);
        }
        String[] header = records.get(0);
        String[] row = records.get(1);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null ? "" : header[i].strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            String column = columnsIgnoringCase.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                findings.add(finding("unknown-column", "the header names column '" + clip(name)
                        + "', which the template (docs/csv-template.md) does not have", where + ", column " + clip(name)));
                continue;
            }
            if (values.containsKey(column)) {
                findings.add(finding("duplicate-column", "the header names column " + column + " twice", where + ", column " + column));
                continue;
            }
            values.put(column, i < row.length && row[i] != null ? row[i].strip() : "");
        }
        if (row.length != header.length) {
            findings.add(finding("field-count", "the row has " + row.length + " fields, the header " + header.length, where));
        }
        required(values, where, findings);
        Map<String, List<String>> parts = new HashMap<>();
        values.forEach((column, value) -> {
            if (!value.isEmpty()) {
                parts.put(column, checkValue(column, value, where, findings));
            }
        });
        if (!findings.isEmpty()) {
            return new Result(findings, null);
        }
        return new Result(List.of(), write(parts, uuid, CsvCheck.firstLanguage(values)));
    }

    private void required(Map<String, String> values, String where, List<Finding> findings) {
        for (String column : template.required()) {
            if (column.endsWith(CsvTemplate.ANY_LANGUAGE)) {
                String name = column.substring(0, column.length() - CsvTemplate.ANY_LANGUAGE.length());
                boolean any = values.entrySet().stream().anyMatch(e -> e.getKey().startsWith(name + "@") && !e.getValue().isEmpty());
                if (!any) {
                    findings.add(finding("missing-value", "the row needs " + name + " in one language at least (columns "
                            + name + "@en, " + name + "@fr, ...)", where + ", column " + column));
                }
            } else if (!values.containsKey(column)) {
                findings.add(finding("missing-column", "the header has no column " + column + ", which every row needs", where + ", column " + column));
            } else if (values.get(column).isEmpty()) {
                findings.add(finding("missing-value", "column " + column + " is empty; every row needs it", where + ", column " + column));
            }
        }
    }

    /** The value's parts (one unless multi-valued), normalised; findings for each bad one. */
    private List<String> checkValue(String column, String value, String where, List<Finding> findings) {
        String at = where + ", column " + column;
        List<String> parts = template.multiValued().contains(column)
                ? Arrays.stream(value.split(Pattern.quote(template.separator()))).map(String::strip).filter(p -> !p.isEmpty()).toList()
                : List.of(value);
        if (parts.size() > template.maxValues()) {
            findings.add(finding("too-many-values", "column " + column + " holds " + parts.size() + " values; at most "
                    + template.maxValues() + " are accepted", at));
            return List.of();
        }
        List<String> normalised = new ArrayList<>();
        for (String part : parts) {
            String v = template.upperCase().contains(column) ? part.toUpperCase(Locale.ROOT)
                    : template.lowerCase().contains(column) ? part.toLowerCase(Locale.ROOT) : part;
            if (template.dates().contains(column)) {
                if (!isDate(v)) {
                    findings.add(finding("invalid-date", "column " + column + " is not a date of the form YYYY-MM-DD", at));
                    continue;
                }
                v = v + "T00:00:00";
            }
            Pattern pattern = template.patterns().get(column);
            if (pattern != null && !pattern.matcher(v).matches()) {
                findings.add(finding("invalid-value", "column " + column + " does not have the form the template gives ("
                        + pattern.pattern() + ")", at));
                continue;
            }
            if (pattern == null && !template.dates().contains(column) && FormulaPrefix.startsFormula(v)) {
                if (template.formulaRefused().contains(column)) {
                    findings.add(finding("formula-prefix", "column " + column + " starts with =, +, -, @, a tab or a carriage return,"
                            + " which a spreadsheet runs as a formula; an identifier cannot start so", at));
                    continue;
                }
                v = FormulaPrefix.neutralised(v);
            }
            normalised.add(v);
        }
        return normalised;
    }

    private byte[] write(Map<String, List<String>> parts, String uuid, String language) {
        StringBuilder out = new StringBuilder(256 + normalisedHeader.size() * 16);
        line(out, normalisedHeader);
        List<String> fields = new ArrayList<>(normalisedHeader.size());
        fields.add(uuid);
        fields.add(language);
        template.presence().forEach((group, columns) ->
                fields.add(columns.stream().anyMatch(member -> template.present(member, parts)) ? uuid : ""));
        for (String column : template.columns()) {
            List<String> values = parts.getOrDefault(column, List.of());
            int slots = template.multiValued().contains(column) ? template.maxValues() : 1;
            for (int i = 0; i < slots; i++) {
                fields.add(i < values.size() ? values.get(i) : "");
            }
        }
        line(out, fields);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            if (!field.isEmpty()) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static boolean isDate(String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The records of a row document (header + one row, comma-separated), read by {@link CsvRecords} (a univocity
     * parser built per row allocated its 1M-character column buffer every time, most of the row check's cost).
     */
    private static List<String[]> parse(String text) {
        return CsvRecords.parse(text, ',').stream().map(r -> r.toArray(String[]::new)).toList();
    }

    static String clip(String name) {
        String printable = name.replaceAll("[^\\p{L}\\p{N}@._ -]", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "..." : printable;
    }

    private static Finding finding(String code, String message, String location) {
        return new Finding(Stage.CHECK, code, message, location);
    }
}
