package eu.credentialgateway.ingest;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV file row by row, never holding more than one row: UTF-8 (a byte order mark is skipped),
 * delimiter comma, semicolon or tab (whichever the header line holds most of, outside quotes), fields
 * quoted with {@code "} may hold delimiters, quotes ({@code ""}) and line breaks. Blank rows are skipped
 * but counted, so row numbers stay those of the file. Bounds ({@link BatchProperties}): a line of more than
 * {@code max-columns} cells ({@code too-many-columns}), a cell of more than {@code max-cell-chars} characters
 * ({@code cell-too-long}), a row of more than {@code max-row-chars} ({@code row-too-long}) refuse the file whole;
 * so does a byte that is not UTF-8 ({@code bad-encoding}: {@link Utf8Scan} finds it first, with its line).
 */
final class CsvBatchReader extends BatchReader {
    private static final int HEADER_PEEK = 1 << 20;

    private final BufferedReader reader;
    private final CsvParser parser;
    private final List<String> header;
    private final BatchProperties bounds;
    private int number;

    CsvBatchReader(InputStream in, BatchProperties bounds) throws IOException {
        this.bounds = bounds;
        // REPORT, never REPLACE: a file that is not UTF-8 is refused, not read with U+FFFD in its cells
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
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
        settings.setMaxCharsPerColumn(bounds.maxCellChars());
        settings.setMaxColumns(bounds.maxColumns());
        settings.setNullValue("");
        settings.setEmptyValue("");
        this.parser = new CsvParser(settings);
        parser.beginParsing(reader);
        String[] names = nextRecord();
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
            fields = nextRecord();
            if (fields == null) {
                return null;
            }
            number++;
        } while (blank(fields));
        int maxRows = bounds.maxRows();
        if (number > maxRows) {
            throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "too-many-rows",
                    "the file has more than " + maxRows + " data rows (gateway.batch.max-rows); rows after that were not read",
                    "row " + number)));
        }
        return new BatchRow(number, CanonicalCsv.of(header, Arrays.asList(fields)));
    }

    /** The next record, or null at the end; a bound exceeded or a bad byte refuses the file with its own code. */
    private String[] nextRecord() {
        String[] fields;
        try {
            fields = parser.parseNext();
        } catch (TextParsingException e) {
            parser.stopParsing();
            throw refused(e);
        }
        if (fields != null) {
            long chars = 0;
            for (String field : fields) {
                chars += field == null ? 0 : field.length();
            }
            if (chars > bounds.maxRowChars()) {
                parser.stopParsing();
                throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "row-too-long",
                        "a row holds more than " + bounds.maxRowChars() + " characters (gateway.batch.max-row-chars)", "row " + (number + 1))));
            }
        }
        return fields;
    }

    /** The finding for a record univocity could not read: which bound, or the encoding, or malformed CSV. */
    private GatewayException refused(TextParsingException e) {
        // univocity's line index counts from 0 and includes the header line: data row = line index
        String where = "line " + (e.getLineIndex() + 1) + ", column " + (e.getColumnIndex() + 1);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new GatewayException(new Finding(Stage.INGEST, "bad-encoding", "the file is not UTF-8", "line " + (e.getLineIndex() + 1)));
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("maximum number of characters")) {
            return new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "cell-too-long",
                    "a cell holds more than " + bounds.maxCellChars() + " characters (gateway.batch.max-cell-chars)", where)));
        }
        if (message.contains("columns") || e.getColumnIndex() >= bounds.maxColumns() - 1) {
            return new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "too-many-columns",
                    "a line holds more than " + bounds.maxColumns() + " cells (gateway.batch.max-columns)", "line " + (e.getLineIndex() + 1))));
        }
        return new GatewayException(new Finding(Stage.INGEST, "malformed-csv", "the file cannot be read as CSV", where));
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
