package eu.credentialgateway.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV record by record with Apache Commons CSV: cells quoted with {@code "} may hold delimiters,
 * doubled quotes and line breaks; a quote not closed by the end of the text ends the cell there, and text after a
 * closing quote is more of the cell ({@code "ab"c} is {@code abc}), rather than refused, as the gateway always read CSV.
 *
 * <p>Bounds ({@link Bounds}) are kept by {@link BoundedCsvText}, a filter the parser reads through, because Commons
 * CSV has no bound on a cell or a record: it collects a whole cell before handing it out (measured with 1.14.1: a
 * 2,000,000-character quoted cell came back whole; a 40,000,000-character one ran a 64 MB heap out of memory before
 * any check could see it). The filter follows the quoting as the characters pass, so a bound stops the read when it
 * is passed, with at most one read buffer more held.
 */
public final class CsvReader implements Closeable {
    private static final CSVFormat RFC_4180 = CSVFormat.RFC4180.builder().setTrailingData(true).setLenientEof(true).get();

    private final BoundedCsvText text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    /** How large a record may be; a bound passed fails the read with {@link Refused}. */
    public record Bounds(int maxColumns, int maxCellChars, long maxRowChars) {
        /** No bound: for the gateway's own files and texts already bounded by their size. */
        public static final Bounds NONE = new Bounds(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * @param keepEmptyLines true: an empty line is a record of one empty cell (a batch counts it as a row); false:
     *                       empty lines are no records
     */
    public CsvReader(Reader in, char delimiter, Bounds bounds, boolean keepEmptyLines) throws IOException {
        this.text = new BoundedCsvText(in, delimiter, bounds);
        this.parser = RFC_4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(!keepEmptyLines).get().parse(text);
        this.records = parser.iterator();
    }

    /**
     * The next record's cells, or null at the end.
     *
     * @throws Refused     a bound passed, or text Commons CSV cannot read
     * @throws IOException the text could not be read (a {@link java.nio.charset.CharacterCodingException} for a
     *                     reader that reports bytes that are not its charset)
     */
    public List<String> next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            return records.next().toList();
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof Refused || cause instanceof java.nio.charset.CharacterCodingException) {
                throw cause;
            }
            throw new Refused(Refused.Why.MALFORMED, text.record(), text.line(), text.column());
        } catch (IllegalStateException e) {
            throw new Refused(Refused.Why.MALFORMED, text.record(), text.line(), text.column());
        }
    }

    /** The physical line (1-based) the reader has reached: where an encoding error was met. */
    public long line() {
        return text.line();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Every record of {@code text} (empty lines are none), unbounded: for texts already bounded by their size. */
    public static List<List<String>> all(String text, char delimiter) {
        List<List<String>> all = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text), delimiter, Bounds.NONE, false)) {
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                all.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a CSV text in memory cannot fail to be read", e);
        }
        return all;
    }

    /**
     * The rows of a small comma-separated UTF-8 file, each keyed by the header's names (a byte order mark skipped, a
     * row without a value for a column gives it "", rows of blank cells left out).
     */
    public static List<Map<String, String>> rows(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> records = all(content.startsWith("\uFEFF") ? content.substring(1) : content, ',');
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.get(0);
        for (List<String> values : records.subList(1, records.size())) {
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < values.size() ? values.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** Comma, semicolon or tab: the one {@code headerLine} holds most of outside quotes (comma when none). */
    public static char delimiterOf(String headerLine) {
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

    /** The text could not be read within the bounds, or not as CSV; where, by record, physical line and cell. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        /** Which bound was passed, or MALFORMED. */
        public enum Why { TOO_MANY_COLUMNS, CELL_TOO_LONG, ROW_TOO_LONG, MALFORMED }

        private final Why why;
        private final long record;
        private final long line;
        private final int column;

        Refused(Why why, long record, long line, int column) {
            super(why + " in record " + record + ", line " + line + ", cell " + column);
            this.why = why;
            this.record = record;
            this.line = line;
            this.column = column;
        }

        public Why why() {
            return why;
        }

        /** The record (1-based, the header line's record the first, empty lines counted) being read. */
        public long record() {
            return record;
        }

        /** The physical line (1-based). */
        public long line() {
            return line;
        }

        /** The cell (1-based) of the record. */
        public int column() {
            return column;
        }
    }
}
