package eu.credentialgateway.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of a batch file (CSV or XLSX, split row by row). Each bound exceeded refuses the file as a whole with its
 * own code (docs/csv-template.md), before the memory it would take is taken.
 *
 * @param maxRows most data rows read from one file; the rest of a longer file is refused (too-many-rows)
 * @param maxColumns most cells in one line or sheet row, header included (too-many-columns): the template has
 *        about 180 columns with every language, so 512 leaves room and keeps a row's cell list small
 * @param maxCellChars most characters in one cell (cell-too-long): a description of a few pages, not a book
 * @param maxRowChars most characters in one row, all cells together (row-too-long)
 * @param maxSharedStrings most bytes of an XLSX shared-strings table, uncompressed (shared-strings-too-large):
 *        it is the one part of a workbook held in memory whole
 * @param maxInflation most times an XLSX zip entry may inflate (zip-bomb); real sheets inflate 5-30 times
 * @param maxEntrySize most bytes of one XLSX zip entry, uncompressed (zip-entry-too-large)
 */
@ConfigurationProperties("gateway.batch")
public record BatchProperties(@DefaultValue("100000") int maxRows,
                              @DefaultValue("512") int maxColumns,
                              @DefaultValue("32768") int maxCellChars,
                              @DefaultValue("262144") int maxRowChars,
                              @DefaultValue("32MB") DataSize maxSharedStrings,
                              @DefaultValue("100") int maxInflation,
                              @DefaultValue("256MB") DataSize maxEntrySize) {
    @ConstructorBinding
    public BatchProperties {
        if (maxRows < 1 || maxColumns < 1 || maxCellChars < 1 || maxRowChars < 1 || maxInflation < 1) {
            throw new IllegalArgumentException("gateway.batch.max-rows, max-columns, max-cell-chars, max-row-chars and max-inflation must be at least 1");
        }
    }

    /** The embedded defaults but {@code maxRows}. */
    public BatchProperties(int maxRows) {
        this(maxRows, 512, 32768, 262144, DataSize.ofMegabytes(32), 100, DataSize.ofMegabytes(256));
    }

    /** The embedded defaults, for code that runs without Spring. */
    public static BatchProperties defaults() {
        return new BatchProperties(100_000);
    }
}
