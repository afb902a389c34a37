package eu.credentialgateway.ingest;

import java.util.ArrayList;
import java.util.List;

/** The column names of a CSV header line: split by the delimiter outside quotes, quotes removed, trimmed. */
final class CsvHeader {
    private CsvHeader() {
    }

    static List<String> columns(String line, char delimiter) {
        List<String> columns = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                columns.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        columns.add(cell.toString().trim());
        return columns;
    }
}
