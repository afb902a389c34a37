package eu.credentialgateway.check.csv;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.check.DeclaredLanguage;
import eu.credentialgateway.check.FormatCheck;
import eu.credentialgateway.check.Utf8Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check of every CSV adapter: UTF-8 only; the first line is the header, which must hold every column of
 * {@code csv.header} and, when the adapter lists {@code csv.columns}, no other; every row has as many cells as
 * the header. The route usually sends one row at a time (header + that row, header {@code GatewayRow} = its
 * number in the file); findings say {@code row N, column NAME}. The normalised form is comma-separated
 * (RFC 4180 quoting) with three added columns: {@code gw-id} ({@code <uuid>.<row>}), {@code gw-row} and
 * {@code gw-credential} (the credential's uuid: the mapping's root node is {@code urn:uuid:{gw-credential}}).
 * Such an adapter has no column kinds, so every data cell a spreadsheet would run as a formula is neutralised
 * ({@link FormulaPrefix}). The row's language ({@link Result#language()}, the credential's primary language) is the
 * first filled {@code name@lang} column in header order (the order the file's author chose; a CSV has no other
 * declaration), or the {@code gw-lang} cell a prepare step wrote ({@link CsvRowCheck}, which still saw the file's
 * header); {@code und} when no language column is filled.
 */
public final class CsvCheck implements FormatCheck {
    private final char delimiter;
    private final Set<String> required;
    private final Set<String> allowed;

    public CsvCheck(Adapter adapter) {
        this.delimiter = adapter.detection().csvDelimiter();
        this.required = adapter.detection().csvHeader();
        this.allowed = new LinkedHashSet<>(adapter.option("csv.columns").map(v -> List.of(v.split("\\s+"))).orElse(List.of()));
    }

    @Override
    public Result check(byte[] body, String uuid, Long row) {
        Utf8Text.Decoded decoded = Utf8Text.document(body);
        if (decoded.failure() != null) {
            return Result.failed(decoded.failure());
        }
        List<List<String>> records = CsvRecords.parse(decoded.text(), delimiter);
        if (records.isEmpty()) {
            return Result.failed(new Finding(Stage.CHECK, "empty-document", "the document holds no header row", "row 0"));
        }
        List<String> header = records.get(0);
        List<Finding> findings = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                findings.add(new Finding(Stage.CHECK, "missing-column", "the header has no column " + column, "row 0, column " + column));
            }
        }
        if (!allowed.isEmpty()) {
            for (String column : header) {
                if (!allowed.contains(column)) {
                    findings.add(new Finding(Stage.CHECK, "unknown-column", "the header has a column the adapter does not know", "row 0, column " + column));
                }
            }
        }
        if (records.size() < 2) {
            findings.add(new Finding(Stage.CHECK, "empty-document", "the document holds no data row", row == null ? "row 1" : "row " + row));
        }
        StringBuilder out = new StringBuilder(body.length + 64 * records.size());
        // a row a prepare step normalised already (check/CsvRowStage) holds gw-credential
        boolean credentialColumn = !header.contains("gw-credential");
        String[] added = credentialColumn ? new String[] {"gw-id", "gw-row", "gw-credential"} : new String[] {"gw-id", "gw-row"};
        CsvRecords.write(out, header, added);
        for (int i = 1; i < records.size(); i++) {
            long number = row != null && records.size() == 2 ? row : i;
            List<String> cells = records.get(i);
            if (cells.size() != header.size()) {
                findings.add(new Finding(Stage.CHECK, "wrong-cell-count",
                        "the row has " + cells.size() + " cells, the header " + header.size(), "row " + number));
            }
            cells = cells.stream().map(FormulaPrefix::neutralised).toList();
            CsvRecords.write(out, cells, credentialColumn
                    ? new String[] {uuid + "." + number, String.valueOf(number), uuid} : new String[] {uuid + "." + number, String.valueOf(number)});
        }
        Result result = Result.of(out.toString().getBytes(StandardCharsets.UTF_8), findings);
        return new Result(result.normalised(), result.findings(), result.notes(), records.size() < 2 ? null : language(header, records.get(1)));
    }

    private static String language(List<String> header, List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            values.putIfAbsent(header.get(i), cells.get(i).strip());
        }
        String written = values.get(CsvTemplate.LANGUAGE_KEY);
        if (written == null) {
            return firstLanguage(values);
        }
        String declared = DeclaredLanguage.of(written);
        return declared == null ? DeclaredLanguage.UNDETERMINED : declared;
    }

    /** The language of the first filled {@code name@lang} column, in the map's (header) order; {@code und} when none. */
    static String firstLanguage(Map<String, String> cellsInHeaderOrder) {
        for (Map.Entry<String, String> cell : cellsInHeaderOrder.entrySet()) {
            int at = cell.getKey().lastIndexOf('@');
            String language = at < 0 || cell.getValue().isBlank() ? null : DeclaredLanguage.of(cell.getKey().substring(at + 1));
            if (language != null) {
                return language;
            }
        }
        return DeclaredLanguage.UNDETERMINED;
    }
}
