package eu.credentialgateway.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Batch files built to hurt the reader: each is refused whole with its own code, quickly, without filling the heap.
 * The workbooks are zipped here by hand, with what POI would never write.
 */
class HostileBatchFilesTest {
    private static final String HEADER = "givenNames,familyName,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate\n";
    private static final String ROW = "Ada,Invented,Stewardship,Invented Institute,IE,2025-06-30\n";

    @TempDir
    Path temp;

    /** Reads every row of the file with these bounds and returns the finding the file is refused with. */
    private Finding refusal(Path file, BatchProperties bounds) {
        BatchRowsStage stage = new BatchRowsStage(bounds);
        GatewayException e = assertThrows(GatewayException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Iterator<BatchRow> rows = stage.rows(file.toFile());
            try {
                rows.forEachRemaining(row -> { });
                // a row that breaks a bound ends the iteration; the refusal is thrown after it, as gateway:batchEnd does
                new BatchEndStage().process(exchangeWith(rows));
            } finally {
                ((java.io.Closeable) rows).close();
            }
        }));
        assertEquals(1, e.findings().size(), e.findings().toString());
        return e.findings().get(0);
    }

    private static org.apache.camel.Exchange exchangeWith(Iterator<BatchRow> rows) {
        org.apache.camel.Exchange exchange = new org.apache.camel.support.DefaultExchange(new org.apache.camel.impl.DefaultCamelContext());
        exchange.setProperty(eu.credentialgateway.GatewayHeaders.BATCH_ROWS, rows);
        return exchange;
    }

    private Finding refusal(Path file) {
        return refusal(file, BatchProperties.defaults());
    }

    @Nested
    class Csv {
        @Test
        void aLatin1ByteIsRefusedAtItsLineAndColumnNotReadAsReplacementCharacter() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes((HEADER + ROW).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes("Zo".getBytes(StandardCharsets.UTF_8));
            bytes.write(0xE9); // é in Latin-1
            bytes.writeBytes(",Dupont,Stewardship,Invented Institute,FR,2025-06-30\n".getBytes(StandardCharsets.UTF_8));
            Path file = temp.resolve("latin1.csv");
            Files.write(file, bytes.toByteArray());
            Finding finding = refusal(file);
            assertEquals("bad-encoding", finding.code());
            assertEquals("line 3, column 3", finding.location());
        }

        @Test
        void aCutMultiByteSequenceAtTheEndIsRefused() throws IOException {
            Path file = temp.resolve("cut.csv");
            byte[] text = (HEADER + ROW).getBytes(StandardCharsets.UTF_8);
            byte[] cut = java.util.Arrays.copyOf(text, text.length + 1);
            cut[text.length] = (byte) 0xC3;
            Files.write(file, cut);
            assertEquals("bad-encoding", refusal(file).code());
        }

        @Test
        void aLineOfThousandsOfCellsIsTooManyColumns() throws IOException {
            Path file = temp.resolve("wide.csv");
            Files.writeString(file, HEADER + ",".repeat(5000) + "\n");
            Finding finding = refusal(file);
            assertEquals("too-many-columns", finding.code());
            assertEquals("line 2", finding.location());
        }

        @Test
        void aHeaderOfThousandsOfColumnsIsTooManyColumns() throws IOException {
            Path file = temp.resolve("wide-header.csv");
            Files.writeString(file, "a,".repeat(3000) + "b\n" + ROW);
            assertEquals("too-many-columns", refusal(file).code());
        }

        @Test
        void aGiantCellIsCellTooLong() throws IOException {
            Path file = temp.resolve("giant-cell.csv");
            Files.writeString(file, HEADER + "Ada,Invented,\"" + "x".repeat(2_000_000) + "\",Invented Institute,IE,2025-06-30\n");
            Finding finding = refusal(file);
            assertEquals("cell-too-long", finding.code());
            assertEquals("line 2, column 3", finding.location());
        }

        @Test
        void aRowOfManyLongCellsIsRowTooLong() throws IOException {
            Path file = temp.resolve("long-row.csv");
            String cell = "y".repeat(30_000);
            Files.writeString(file, HEADER + String.join(",", java.util.Collections.nCopies(10, cell)) + "\n");
            Finding finding = refusal(file);
            assertEquals("row-too-long", finding.code());
            assertEquals("row 1", finding.location());
        }
    }

    @Nested
    class Xlsx {
        private static final String HEAD_ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>givenNames</t></is></c></row>";

        @Test
        void aColumnReferenceOfManyLettersIsRefusedNotAllocated() throws IOException {
            Path file = workbook("letters", HEAD_ROW + "<row r=\"2\"><c r=\"ZZZZZZZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>", null);
            Finding finding = refusal(file);
            assertEquals("invalid-cell-reference", finding.code());
            assertEquals("sheet row 2", finding.location());
        }

        @Test
        void theLastExcelColumnIsBeyondMaxColumns() throws IOException {
            Path file = workbook("xfd", HEAD_ROW + "<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>x</t></is></c></row>", null);
            assertEquals("too-many-columns", refusal(file).code());
        }

        @Test
        void cellsWithoutReferencesAreCountedToo() throws IOException {
            Path file = workbook("unreferenced", HEAD_ROW + "<row r=\"2\">" + "<c t=\"inlineStr\"><is><t>x</t></is></c>".repeat(600) + "</row>", null);
            assertEquals("too-many-columns", refusal(file).code());
        }

        @Test
        void aRowNumberBeyondExcelsGridIsRefused() throws IOException {
            Path file = workbook("row-number", HEAD_ROW + "<row r=\"99999999999\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>", null);
            assertEquals("invalid-cell-reference", refusal(file).code());
        }

        @Test
        void aSharedStringIndexOutsideTheTableIsRefused() throws IOException {
            Path file = workbook("shared-index", HEAD_ROW + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>",
                    sharedStrings(1));
            Finding finding = refusal(file);
            assertEquals("invalid-shared-string", finding.code(), finding.message());
            assertEquals("sheet row 2, column 1", finding.location());
        }

        @Test
        void aSharedStringIndexThatIsNoNumberIsRefused() throws IOException {
            Path file = workbook("shared-nan", HEAD_ROW + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99999999999999</v></c></row>",
                    sharedStrings(1));
            assertEquals("invalid-shared-string", refusal(file).code());
        }

        @Test
        void notANumberIsInvalidNumber() throws IOException {
            Path file = workbook("nan", HEAD_ROW + "<row r=\"2\"><c r=\"A2\"><v>NaN</v></c></row>", null);
            assertEquals("invalid-number", refusal(file).code());
        }

        @Test
        void aHugeExponentIsInvalidNumberNotABillionDigits() throws IOException {
            Path file = workbook("exponent", HEAD_ROW + "<row r=\"2\"><c r=\"A2\"><v>1E999999999</v></c></row>", null);
            assertEquals("invalid-number", refusal(file).code());
        }

        @Test
        void anInfiniteNumberIsInvalidNumber() throws IOException {
            Path file = workbook("infinite", HEAD_ROW + "<row r=\"2\"><c r=\"A2\"><v>1E400</v></c></row>", null);
            assertEquals("invalid-number", refusal(file).code());
        }

        @Test
        void aStyleTheWorkbookDoesNotHoldIsRefused() throws IOException {
            Path file = workbook("style", HEAD_ROW + "<row r=\"2\"><c r=\"A2\" s=\"999999\"><v>3</v></c></row>", null);
            assertEquals("invalid-cell-style", refusal(file).code());
        }

        @Test
        void aGiantInlineStringIsCellTooLong() throws IOException {
            Path file = workbook("giant", HEAD_ROW + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "ab cd ".repeat(10_000)
                    + "</t></is></c></row>", null);
            assertEquals("cell-too-long", refusal(file).code());
        }

        @Test
        void aSharedStringsTableInflatedHundredsOfTimesIsAZipBomb() throws IOException {
            // 40 MB of one repeated string compresses about 1000 times
            Path file = workbook("bomb", HEAD_ROW, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>aaaaaaaaaaaaaaaaaaaa</t></si>".repeat(1_400_000) + "</sst>");
            Finding finding = refusal(file);
            assertEquals("zip-bomb", finding.code());
            assertEquals("xl/sharedStrings.xml", finding.location());
        }

        @Test
        void aSharedStringsTableBeyondItsBoundIsRefusedWhileRead() throws IOException {
            BatchProperties bounds = new BatchProperties(100, 512, 32768, 262144, DataSize.ofKilobytes(64), 100_000, DataSize.ofMegabytes(256));
            Path file = workbook("many-strings", HEAD_ROW, sharedStrings(20_000));
            assertEquals("shared-strings-too-large", refusal(file, bounds).code());
        }

        @Test
        void anEntryBeyondMaxEntrySizeIsRefusedBeforeItIsInflated() throws IOException {
            BatchProperties bounds = new BatchProperties(100, 512, 32768, 262144, DataSize.ofMegabytes(32), 100_000, DataSize.ofKilobytes(256));
            Path file = workbook("big-sheet", HEAD_ROW + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                    + "<!-- padding -->".repeat(40_000), null);
            Finding finding = refusal(file, bounds);
            assertEquals("zip-entry-too-large", finding.code());
            assertEquals("xl/worksheets/sheet1.xml", finding.location());
        }

        @Test
        void aWellFormedHandMadeWorkbookIsRead() throws IOException {
            Path file = workbook("fine", HEAD_ROW + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\"><v>-7.50</v></c></row>", sharedStrings(1));
            Iterator<BatchRow> rows = new BatchRowsStage(BatchProperties.defaults()).rows(file.toFile());
            assertEquals("givenNames\nstring0,,-7.5\n", new String(rows.next().csv(), StandardCharsets.UTF_8));
            ((java.io.Closeable) rows).close();
        }

        private static String sharedStrings(int count) {
            return HandMadeWorkbook.sharedStrings(count);
        }

        /** A minimal XLSX: one sheet of these rows, and the shared-strings table when not null. */
        private Path workbook(String name, String rows, String sharedStrings) throws IOException {
            Path file = temp.resolve(name + ".xlsx");
            Files.write(file, HandMadeWorkbook.of(rows, sharedStrings));
            return file;
        }
    }
}
