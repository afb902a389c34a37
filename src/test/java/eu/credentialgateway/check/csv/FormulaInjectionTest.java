package eu.credentialgateway.check.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spreadsheet-formula prefixes in CSV rows: neutralised in free text, refused in identifiers, numbers kept. */
class FormulaInjectionTest {
    private static final String UUID = "3f2c1a5e-0000-4000-8000-00000000e1e0";
    private static final String HEADER = "givenNames,familyName,title@en,description@en,awardingBodyName@en,awardingBodyCountry,awardingDate,grade,credits\n";

    private static CsvRowCheck shippedTemplate() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("mappings/csv.adapter.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> options = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> options.put(k, properties.getProperty(k)));
        return new CsvRowCheck(CsvTemplate.of(options));
    }

    private static String normalised(String row) throws IOException {
        CsvRowCheck.Result result = shippedTemplate().check((HEADER + row).getBytes(StandardCharsets.UTF_8), 1, UUID);
        assertEquals(List.of(), result.findings());
        return new String(result.normalised(), StandardCharsets.UTF_8);
    }

    @Test
    void formulasInFreeTextGetASingleQuoteInFrontAndStayReadable() throws IOException {
        String out = normalised("Ada,Invented,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",-ology,@SUM(1+1),IE,2025-06-30,"
                + "\"-2+3+cmd|' /C calc'!A0\",7.5\n");
        assertTrue(out.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), out);
        assertTrue(out.contains("\"'-ology\""), out);
        assertTrue(out.contains("\"'@SUM(1+1)\""), out);
        assertTrue(out.contains("\"'-2+3+cmd|' /C calc'!A0\""), out);
        assertFalse(out.contains(",\"=") || out.contains(",\"-") || out.contains(",\"@") || out.contains(",\"+"), out);
    }

    @Test
    void plainNumbersAndPlainTextAreKeptAsTheyAre() throws IOException {
        String out = normalised("Ada,Invented,Stewardship,A module,Invented Institute,IE,2025-06-30,-1.5,7.5\n");
        assertTrue(out.contains("\"-1.5\""), out);
        assertTrue(out.contains("\"Stewardship\""), out);
        assertFalse(out.contains("'"), out);
    }

    @Test
    void aPlusInFreeTextIsNeutralisedToo() throws IOException {
        assertTrue(normalised("+Ada,Invented,Stewardship,,Invented Institute,IE,2025-06-30,,\n").contains("\"'+Ada\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@A1", "\t=1", "\r=1"})
    void everyPrefixOwaspNamesIsAFormula(String value) {
        assertTrue(FormulaPrefix.startsFormula(value));
        assertEquals("'" + value, FormulaPrefix.neutralised(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-7.5", "+3", "-12", "7,5", "Zoé", "", "A=B"})
    void numbersAndOrdinaryTextAreNoFormula(String value) {
        assertFalse(FormulaPrefix.startsFormula(value));
        assertEquals(value, FormulaPrefix.neutralised(value));
    }

    @Test
    void anIdentifierStartingAFormulaIsRefusedNamingRowAndColumnNotValue() throws IOException {
        CsvRowCheck.Result result = shippedTemplate().check(("givenNames,familyName,learnerId,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate\n"
                + "Ada,Invented,=1+1,Stewardship,Invented Institute,IE,2025-06-30\n").getBytes(StandardCharsets.UTF_8), 4, UUID);
        assertEquals(1, result.findings().size());
        assertEquals("formula-prefix", result.findings().get(0).code());
        assertEquals("row 4, column learnerId", result.findings().get(0).location());
        assertFalse(result.findings().get(0).message().contains("=1+1"));
    }
}
