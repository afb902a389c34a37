package eu.credentialgateway.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    private static final CsvReader.Bounds SMALL = new CsvReader.Bounds(4, 10, 25);

    private static List<List<String>> read(String text, CsvReader.Bounds bounds) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text), ',', bounds, true)) {
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void readsQuotedCellsWithDelimitersQuotesAndLineBreaks() throws IOException {
        assertThat(read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\n", CsvReader.Bounds.NONE))
                .containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", ""));
    }

    @Test
    void keepsEmptyLinesAsRecordsWhenAskedAndLeavesThemOutOtherwise() throws IOException {
        assertThat(read("a\n\nb\n", CsvReader.Bounds.NONE)).containsExactly(List.of("a"), List.of(""), List.of("b"));
        assertThat(CsvReader.all("a;b\n\nc;d", ';')).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void readsAnUnclosedQuoteAndTextAfterAClosingQuoteAsCellText() {
        assertThat(CsvReader.all("\"ab\"c,d\n\"open", ',')).containsExactly(List.of("abc", "d"), List.of("open"));
    }

    @Test
    void aCellPastItsBoundIsRefusedWithItsLineAndCell() {
        assertThatThrownBy(() -> read("a,b\nok,\"01234567890\"\n", SMALL)).isInstanceOfSatisfying(CsvReader.Refused.class, e -> {
            assertThat(e.why()).isEqualTo(CsvReader.Refused.Why.CELL_TOO_LONG);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(2);
            assertThat(e.record()).isEqualTo(2);
        });
    }

    @Test
    void aRowPastItsBoundAndALineOfTooManyCellsAreRefused() {
        assertThatThrownBy(() -> read("h\n0123456789,0123456789,0123456789\n", SMALL))
                .isInstanceOfSatisfying(CsvReader.Refused.class, e -> assertThat(e.why()).isEqualTo(CsvReader.Refused.Why.ROW_TOO_LONG));
        assertThatThrownBy(() -> read("h\r\n\r\na,b,c,d,e\r\n", SMALL)).isInstanceOfSatisfying(CsvReader.Refused.class, e -> {
            assertThat(e.why()).isEqualTo(CsvReader.Refused.Why.TOO_MANY_COLUMNS);
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.record()).isEqualTo(3);
        });
    }

    @Test
    void quotedDelimitersAndLineBreaksAreNoCellsAndNoRecords() throws IOException {
        assertThat(read("\"a,b,c,d,e\"\n\"x\ny\"\n", SMALL)).containsExactly(List.of("a,b,c,d,e"), List.of("x\ny"));
    }

    @Test
    void aGiantCellIsRefusedBeforeTheParserHoldsIt() {
        // 200,000,000 characters in one quoted cell: Commons CSV alone collects them all (400 MB) before returning
        Reader giant = new Reader() {
            private long left = 200_000_000L;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, 'x');
                if (left == 200_000_000L) {
                    buffer[offset] = '"';
                }
                left -= n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        long before = System.nanoTime();
        assertThatThrownBy(() -> new CsvReader(giant, ',', new CsvReader.Bounds(512, 32768, 262144), true).next())
                .isInstanceOfSatisfying(CsvReader.Refused.class, e -> assertThat(e.why()).isEqualTo(CsvReader.Refused.Why.CELL_TOO_LONG));
        assertThat(System.nanoTime() - before).as("refused at the bound, not after reading 200M characters").isLessThan(5_000_000_000L);
    }

    @Test
    void rowsOfASmallFileAreKeyedByTheHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "\uFEFFcode,label\n1,\"One, the first\"\n\n2\n");

        assertThat(CsvReader.rows(file)).containsExactly(Map.of("code", "1", "label", "One, the first"), Map.of("code", "2", "label", ""));
    }

    @Test
    void picksTheDelimiterTheHeaderHoldsMostOf() {
        assertThat(CsvReader.delimiterOf("a;b;\"c,d,e\"")).isEqualTo(';');
        assertThat(CsvReader.delimiterOf("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvReader.delimiterOf("single")).isEqualTo(',');
    }
}
