package eu.credentialgateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.credentialgateway.conformance.AdapterPipeline;
import eu.credentialgateway.conformance.GatewayTestContext;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An XLSX batch's rows carry the sheet's column order to the check, so each row's credential is in the language of
 * its first filled name@lang cell (docs/csv-template.md): a German-first sheet whose second row has no German title is
 * German, then English. Rows read by the real batch reader, converted by the real prepare, check and map stages.
 */
@GatewayTestContext
class WorkbookRowLanguageTest {
    @Autowired
    AdapterPipeline pipeline;

    @TempDir
    Path temp;

    @Test
    void eachRowIsInTheLanguageOfItsFirstFilledLanguageColumn() throws Exception {
        File file = workbook(temp.resolve("rows.xlsx"), new String[][] {
            {"Gerda", "Erfunden", "Nachhaltige Stadtplanung", "Sustainable urban planning"},
            {"Erin", "Invented", "", "Urban planning basics"}});
        List<BatchRow> rows = new ArrayList<>();
        try (BatchReader reader = new BatchRowsStage(BatchProperties.defaults()).rows(file)) {
            reader.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(2);
        assertThat(primaryLanguages(pipeline.run("csv", rows.get(0).csv()))).containsExactly("urn:x-gateway:code:language:de");
        // English is a concept the map stage knows itself; any other language a placeholder the align stage resolves
        assertThat(primaryLanguages(pipeline.run("csv", rows.get(1).csv())))
                .containsExactly("http://publications.europa.eu/resource/authority/language/ENG");
    }

    private static List<String> primaryLanguages(Graph graph) {
        return graph.find(Node.ANY, NodeFactory.createURI("http://data.europa.eu/snb/model/elm/primaryLanguage"), Node.ANY)
                .mapWith(t -> t.getObject().getURI()).toList();
    }

    private static File workbook(Path path, String[][] rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("achievements");
            String[] header = {"givenNames", "familyName", "title@de", "title@en", "awardingBodyName@en", "awardingBodyCountry", "awardingDate"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
                row.createCell(4).setCellValue("Invented Institute");
                row.createCell(5).setCellValue("DE");
                row.createCell(6).setCellValue("2025-06-30");
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                book.write(out);
            }
        }
        return path.toFile();
    }
}
