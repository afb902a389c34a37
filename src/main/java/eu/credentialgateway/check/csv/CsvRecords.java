package eu.credentialgateway.check.csv;

import eu.credentialgateway.csv.CsvReader;
import java.util.ArrayList;
import java.util.List;

/** The check stage's CSV: records read by the gateway's {@link CsvReader}, header cells trimmed; RFC 4180 records written. */
final class CsvRecords {
    private CsvRecords() {
    }

    /** Every record of the text ({@link CsvReader}); empty lines are none, header cells are trimmed. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>(CsvReader.all(text, delimiter));
        if (!records.isEmpty()) {
            records.set(0, records.get(0).stream().map(String::strip).toList());
        }
        return records;
    }

    /** Appends one comma-separated record with the extra cells at its end. */
    static void write(StringBuilder out, List<String> cells, String... extra) {
        boolean first = true;
        for (String cell : cells) {
            first = cell(out, cell, first);
        }
        for (String cell : extra) {
            first = cell(out, cell, first);
        }
        out.append("\r\n");
    }

    private static boolean cell(StringBuilder out, String cell, boolean first) {
        if (!first) {
            out.append(',');
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            out.append('"').append(cell.replace("\"", "\"\"")).append('"');
        } else {
            out.append(cell);
        }
        return false;
    }
}
