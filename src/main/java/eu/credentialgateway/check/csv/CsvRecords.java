package eu.credentialgateway.check.csv;

import java.util.ArrayList;
import java.util.List;

/** Reads and writes RFC 4180 CSV: quoted cells may hold delimiters, doubled quotes and line breaks. */
final class CsvRecords {
    private CsvRecords() {
    }

    /** Every record of the text; a blank last line is not a record, header cells are trimmed. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, record, cell, any);
                record = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        end(records, record, cell, any);
        if (!records.isEmpty()) {
            records.set(0, records.get(0).stream().map(String::strip).toList());
        }
        return records;
    }

    private static void end(List<List<String>> records, List<String> record, StringBuilder cell, boolean any) {
        if (any || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        cell.setLength(0);
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
