package eu.credentialgateway.align.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the records of an RFC 4180 CSV file whose quoted fields may hold newlines and commas (the
 * ESCO exports: alternative labels are newline-separated inside one field). Each record comes as a map
 * keyed by the header; CR LF and LF both end a record outside quotes; a byte-order mark is ignored.
 */
final class QuotedCsv {
    private QuotedCsv() {
    }

    static void forEach(Path csv, Consumer<Map<String, String>> action) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<String> header = null;
            List<String> record;
            while ((record = next(in)) != null) {
                if (header == null) {
                    header = record;
                    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                        header.set(0, header.get(0).substring(1));
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < record.size() ? record.get(i) : "");
                }
                action.accept(row);
            }
        }
    }

    /** The next record's fields, or null at the end of the input. */
    private static List<String> next(BufferedReader in) throws IOException {
        int c = in.read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (; c >= 0; c = in.read()) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    if (in.read() == '"') {
                        cur.append('"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    cur.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                cur.append((char) c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}
