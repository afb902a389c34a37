package eu.credentialgateway.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a header and one row as the CSV document each batch row travels as: comma-separated, quoted where needed, LF. */
final class CanonicalCsv {
    private CanonicalCsv() {
    }

    static byte[] of(List<String> header, List<String> row) {
        StringBuilder out = new StringBuilder(64 * (header.size() + 1));
        line(out, header);
        line(out, row);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0 || !field.equals(field.strip());
            out.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        out.append('\n');
    }
}
