package eu.credentialgateway.ingest;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Stage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV file row by row, never holding more than one row: UTF-8 (a byte order mark is skipped),
 * delimiter comma, semicolon or tab (whichever the header line holds most of, outside quotes), fields
 * quoted with {@code "} may hold delimiters, quotes ({@code ""}) and line breaks. Blank rows are skipped
 * but counted, so row numbers stay those of the file.
 */
final class CsvBatchReader extends BatchReader {
    private static final int HEADER_PEEK = 1 << 20;

    private final BufferedReader reader;
    private final CsvParser parser;
    private final List<String> header;
    private final int maxRows;
    private int number;

    CsvBatchReader(InputStream in, int maxRows) throws IOException {
        this.maxRows = maxRows;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        reader.mark(HEADER_PEEK);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
            reader.mark(HEADER_PEEK);
        } else {
            reader.mark(HEADER_PEEK);
        }
        char delimiter = delimiterOf(firstLine(reader));
        reader.reset();
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setHeaderExtractionEnabled(false);
        settings.setSkipEmptyLines(false);
        settings.setMaxCharsPerColumn(1 << 20);
        settings.setMaxColumns(2048);
        settings.setNullValue("");
        settings.setEmptyValue("");
        this.parser = new CsvParser(settings);
        parser.beginParsing(reader);
        String[] names = parser.parseNext();
        if (names == null || blank(names)) {
            parser.stopParsing();
            throw new GatewayException(new Finding(Stage.INGEST, "no-header", "the CSV file has no header line", "row 0"));
        }
        this.header = Arrays.stream(names).map(n -> n == null ? "" : n.strip()).toList();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerLine() {
        return 1;
    }

    @Override
    BatchRow readRow() {
        String[] fields;
        do {
            fields = parser.parseNext();
            if (fields == null) {
                return null;
            }
            number++;
        } while (blank(fields));
        if (number > maxRows) {
            throw new GatewayException(eu.credentialgateway.Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "too-many-rows",
                    "the file has more than " + maxRows + " data rows (gateway.batch.max-rows); rows after that were not read",
                    "row " + number)));
        }
        return new BatchRow(number, CanonicalCsv.of(header, Arrays.asList(fields)));
    }

    @Override
    public void close() {
        parser.stopParsing();
    }

    private static boolean blank(String[] fields) {
        return Arrays.stream(fields).allMatch(f -> f == null || f.isBlank());
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r' && line.length() < HEADER_PEEK - 1; c = reader.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    /** Comma, semicolon or tab: the one the header line holds most of outside quotes (comma when none). */
    static char delimiterOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
