package eu.credentialgateway.ingest;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.csv.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a CSV file row by row ({@link CsvReader}), never holding more than one row: UTF-8 (a byte order mark is skipped),
 * delimiter comma, semicolon or tab (whichever the header line holds most of, outside quotes), fields
 * quoted with {@code "} may hold delimiters, quotes ({@code ""}) and line breaks. Blank rows are skipped
 * but counted, so row numbers stay those of the file. Bounds ({@link BatchProperties}): a line of more than
 * {@code max-columns} cells ({@code too-many-columns}), a cell of more than {@code max-cell-chars} characters
 * ({@code cell-too-long}), a row of more than {@code max-row-chars} ({@code row-too-long}) refuse the file whole;
 * so does a byte that is not UTF-8 ({@code bad-encoding}: {@link Utf8Scan} finds it first, with its line).
 */
final class CsvBatchReader extends BatchReader {
    private static final int HEADER_PEEK = 1 << 20;

    private final CsvReader csv;
    private final List<String> header;
    private final BatchProperties bounds;
    private int number;

    CsvBatchReader(InputStream in, BatchProperties bounds) throws IOException {
        this.bounds = bounds;
        // REPORT, never REPLACE: a file that is not UTF-8 is refused, not read with U+FFFD in its cells
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(HEADER_PEEK);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
            reader.mark(HEADER_PEEK);
        } else {
            reader.mark(HEADER_PEEK);
        }
        char delimiter = CsvReader.delimiterOf(firstLine(reader));
        reader.reset();
        this.csv = new CsvReader(reader, delimiter, new CsvReader.Bounds(bounds.maxColumns(), bounds.maxCellChars(), bounds.maxRowChars()), true);
        List<String> names = nextRecord();
        if (names == null || blank(names)) {
            close();
            throw new GatewayException(new Finding(Stage.INGEST, "no-header", "the CSV file has no header line", "row 0"));
        }
        this.header = names.stream().map(String::strip).toList();
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
        List<String> fields;
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
        return new BatchRow(number, CanonicalCsv.of(header, fields));
    }

    /** The next record, or null at the end; a bound exceeded or a bad byte refuses the file with its own code. */
    private List<String> nextRecord() {
        List<String> fields;
        try {
            fields = csv.next();
        } catch (CsvReader.Refused e) {
            close();
            throw refused(e);
        } catch (CharacterCodingException e) {
            close();
            throw new GatewayException(new Finding(Stage.INGEST, "bad-encoding", "the file is not UTF-8", "line " + csv.line()));
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot read the CSV file", e);
        }
        // a line break inside a quoted cell is \n whatever the file's line breaks, as the gateway always read them
        return fields == null ? null : fields.stream().map(f -> f.indexOf('\r') < 0 ? f : f.replace("\r\n", "\n")).toList();
    }

    /** The finding for a record the reader refused: which bound, or malformed CSV. */
    private GatewayException refused(CsvReader.Refused e) {
        String where = "line " + e.line() + ", column " + e.column();
        return switch (e.why()) {
            case CELL_TOO_LONG -> new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "cell-too-long",
                    "a cell holds more than " + bounds.maxCellChars() + " characters (gateway.batch.max-cell-chars)", where)));
            case TOO_MANY_COLUMNS -> new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "too-many-columns",
                    "a line holds more than " + bounds.maxColumns() + " cells (gateway.batch.max-columns)", "line " + e.line())));
            case ROW_TOO_LONG -> new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "row-too-long",
                    "a row holds more than " + bounds.maxRowChars() + " characters (gateway.batch.max-row-chars)",
                    "row " + Math.max(1, e.record() - 1))));
            case MALFORMED -> new GatewayException(new Finding(Stage.INGEST, "malformed-csv", "the file cannot be read as CSV", where));
        };
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            // the file is in memory or a temporary file: nothing to release that close could fail on
        }
    }

    private static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r' && line.length() < HEADER_PEEK - 1; c = reader.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
