package eu.credentialgateway.map;

import com.univocity.parsers.common.record.Record;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one data row of a checked CSV document (comma-separated, header line first: what the check stage writes),
 * parsed here so the CARML mapper gets the record itself. Handed the document as a stream, CARML's CSV resolver
 * starts a reader thread and detects the delimiter for every document; a batch converts one single-row document per
 * row, which made that a third of the map stage's time per row. A document of several rows keeps the stream path,
 * so joins between its rows still see every row.
 */
final class CsvRecordSource {
    private static final CsvParserSettings SETTINGS = settings();

    private CsvRecordSource() {
    }

    /** The document's only data row, or null when it holds none or several. */
    static Record singleRow(byte[] document) {
        List<Record> records = new CsvParser(SETTINGS).parseAllRecords(new ByteArrayInputStream(document), StandardCharsets.UTF_8);
        return records.size() == 1 ? records.get(0) : null;
    }

    private static CsvParserSettings settings() {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(',');
        settings.setHeaderExtractionEnabled(true);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setMaxCharsPerColumn(-1);
        settings.setMaxColumns(4096);
        return settings;
    }
}
