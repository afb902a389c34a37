package eu.credentialgateway.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.credentialgateway.GatewayException;
import eu.credentialgateway.csv.CsvReader;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReadersTest {
    private final BatchRowsStage stage = new BatchRowsStage(BatchProperties.defaults());

    @TempDir
    Path temp;

    private List<BatchRow> readAll(File file) throws IOException {
        List<BatchRow> rows = new ArrayList<>();
        Iterator<BatchRow> it = stage.rows(file);
        it.forEachRemaining(rows::add);
        ((java.io.Closeable) it).close();
        return rows;
    }

    private static String text(BatchRow row) {
        return new String(row.csv(), StandardCharsets.UTF_8);
    }

    @Test
    void csvWithSemicolonsBomAndBlankRowsKeepsFileRowNumbersAndQuotedLineBreaks() throws IOException {
        List<BatchRow> rows = readAll(new File("src/test/resources/tabular/semicolons-bom-blank-rows.csv"));
        assertEquals(2, rows.size());
        assertEquals(1, rows.get(0).number());
        assertEquals(4, rows.get(1).number(), "the blank row and the row of empty cells count");
        assertEquals("givenNames,familyName,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate\n"
                + "Ada,Invented,Stewardship; part 1,Invented Institute,IE,2025-06-30\n", text(rows.get(0)));
        assertEquals("givenNames,familyName,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate\n"
                + "Bea,Imaginary,\"Line one\nline two\",\"Invented \"\"Quoted\"\" College\",MT,2025-07-01\n", text(rows.get(1)));
    }

    @Test
    void csvWithoutDataRowsIsRefusedWhole() throws IOException {
        Path file = temp.resolve("header-only.csv");
        Files.writeString(file, "givenNames,familyName\n");
        var exchange = new org.apache.camel.support.DefaultExchange(new org.apache.camel.impl.DefaultCamelContext());
        exchange.getMessage().setBody(file.toFile());
        GatewayException e = assertThrows(GatewayException.class, () -> stage.process(exchange));
        assertEquals("no-data-row", e.findings().get(0).code());
    }

    @Test
    void delimiterIsWhatTheHeaderHoldsMostOfOutsideQuotes() {
        assertEquals(',', CsvReader.delimiterOf("a,b,c"));
        assertEquals(';', CsvReader.delimiterOf("a;b;\"c,d,e\""));
        assertEquals('\t', CsvReader.delimiterOf("a\tb\tc"));
    }

    @Test
    void xlsxCellsBecomeTemplateTextDatesNumbersAndSharedStrings() throws IOException {
        File file = workbook(temp.resolve("rows.xlsx"), 3);
        List<BatchRow> rows = readAll(file);
        assertEquals(3, rows.size());
        assertEquals(List.of(1, 2, 3), rows.stream().map(BatchRow::number).toList());
        assertEquals("givenNames,familyName,birthDate,title@en,title@fr,awardingBodyName@en,awardingBodyCountry,awardingDate,credits,eqf\n"
                + "Given1,Family1,2001-03-14,\"Course 1, part A\",Cours 1,Invented Institute,IE,2025-06-30,7.5,6\n", text(rows.get(0)));
    }

    @Test
    void somethingThatIsNotAWorkbookButLooksLikeOneIsRefusedWhole() throws IOException {
        Path file = temp.resolve("broken.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        GatewayException e = assertThrows(GatewayException.class, () -> stage.rows(file.toFile()));
        assertEquals("unreadable-workbook", e.findings().get(0).code());
        assertFalse(e.findings().get(0).message().isBlank());
    }

    @Test
    void aFileSaidToBeAWorkbookThatIsNoZipIsRefusedAsNoWorkbookNotReadAsCsv() throws IOException {
        Path file = temp.resolve("text.xlsx");
        Files.writeString(file, "PK this is not a workbook\nsecond line\n");
        GatewayException e = assertThrows(GatewayException.class, () -> stage.rows(file.toFile(), true));
        assertEquals("unreadable-workbook", e.findings().get(0).code());
        // unnamed, the same bytes are a CSV file (whose header the header check then refuses)
        try (BatchReader rows = stage.rows(file.toFile(), false)) {
            assertEquals(List.of("PK this is not a workbook"), rows.header());
        }
    }

    @Test
    void canonicalCsvQuotesOnlyWhereNeeded() {
        assertArrayEquals("a,b\nx,\"y,\"\"z\"\"\"\n".getBytes(StandardCharsets.UTF_8),
                CanonicalCsv.of(List.of("a", "b"), List.of("x", "y,\"z\"")));
    }

    /** A workbook of the template with {@code rows} data rows, written with POI's streaming writer. */
    static File workbook(Path path, int rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("achievements");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = {"givenNames", "familyName", "birthDate", "title@en", "title@fr", "awardingBodyName@en",
                "awardingBodyCountry", "awardingDate", "credits", "eqf"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Given" + r);
                row.createCell(1).setCellValue("Family" + r);
                row.createCell(2).setCellValue(LocalDate.of(2001, 3, 14));
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue("Course " + r + ", part A");
                row.createCell(4).setCellValue("Cours " + r);
                row.createCell(5).setCellValue("Invented Institute");
                row.createCell(6).setCellValue("IE");
                row.createCell(7).setCellValue(LocalDate.of(2025, 6, 30));
                row.getCell(7).setCellStyle(date);
                row.createCell(8).setCellValue(7.5);
                row.createCell(9).setCellValue(6);
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                book.write(out);
            }
        }
        return path.toFile();
    }
}
