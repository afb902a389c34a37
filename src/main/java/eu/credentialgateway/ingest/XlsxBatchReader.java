package eu.credentialgateway.ingest;

import eu.credentialgateway.BoundedInputStream;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * Reads the first sheet of an XLSX workbook row by row with POI's streaming XSSF API ({@link XSSFReader}
 * + a StAX pull parser over the sheet XML), so a workbook of any row count is read with memory bounded
 * by one row plus its shared-strings table. The first non-empty row is the header. Cells become text:
 * shared and inline strings as they are, numbers in plain notation ({@code 7.5}, {@code 6}), date-formatted
 * numbers as {@code YYYY-MM-DD} ({@code YYYY-MM-DDTHH:MM:SS} when they carry a time), booleans as
 * {@code TRUE}/{@code FALSE}. Row numbers follow the sheet: the data row below the header is row 1.
 *
 * <p>A workbook is a zip of XML written by anyone, so before and while it is read it is held to bounds
 * ({@link BatchProperties}), each exceeded one refusing the file whole with its own code: an entry that inflates more
 * than {@code max-inflation} times ({@code zip-bomb}) or beyond {@code max-entry-size} ({@code zip-entry-too-large});
 * a shared-strings table larger than {@code max-shared-strings} ({@code shared-strings-too-large}) or a cell pointing
 * outside it ({@code invalid-shared-string}); a cell reference beyond Excel's own grid (column XFD, row 1048576:
 * {@code invalid-cell-reference}) or a row of more than {@code max-columns} cells ({@code too-many-columns}); a cell
 * or row longer than {@code max-cell-chars} / {@code max-row-chars} ({@code cell-too-long}, {@code row-too-long}); a
 * number that is not a finite decimal with an exponent within that of a double ({@code invalid-number}: {@code NaN},
 * {@code 1E999999999}, whose plain notation alone would be a billion characters).
 */
final class XlsxBatchReader extends BatchReader {
    /** Excel's own grid: column XFD, row 1,048,576; a reference beyond it was not written by a spreadsheet. */
    private static final int EXCEL_COLUMNS = 16_384;
    private static final int EXCEL_ROWS = 1_048_576;
    /** Entries smaller than this inflate as they like (POI's grace size): tiny parts compress extremely well. */
    private static final long INFLATION_GRACE = 1 << 20;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]{1,40}(?:\\.[0-9]{0,40})?|\\.[0-9]{1,40})(?:[eE]([+-]?[0-9]{1,4}))?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private final BatchProperties bounds;
    private final OPCPackage workbook;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final List<String> header;
    private final int headerRow;
    private int sheetRow;

    XlsxBatchReader(File file, BatchProperties bounds) {
        this.bounds = bounds;
        ZipBounds.check(file, bounds.maxInflation(), bounds.maxEntrySize().toBytes(), INFLATION_GRACE);
        // POI's own bounds, enforced on the bytes actually inflated (the sizes a zip declares may lie); JVM-wide settings
        ZipSecureFile.setMinInflateRatio(1.0 / bounds.maxInflation());
        ZipSecureFile.setMaxEntrySize(bounds.maxEntrySize().toBytes());
        ZipSecureFile.setGraceEntrySize(INFLATION_GRACE);
        try {
            this.workbook = OPCPackage.open(file, PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            GatewayException bomb = zipBomb(e);
            throw bomb != null ? bomb : unreadable("the file is not an XLSX workbook (" + e.getClass().getSimpleName() + ")");
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            this.strings = sharedStrings(workbook, bounds.maxSharedStrings().toBytes());
            this.styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw unreadable("the workbook has no sheet");
            }
            this.sheet = sheets.next();
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            this.xml = factory.createXMLStreamReader(sheet);
            Row first;
            do {
                first = readSheetRow();
            } while (first != null && first.blank());
            if (first == null) {
                throw new GatewayException(new Finding(Stage.INGEST, "no-header", "the first sheet of the workbook has no header row", "row 0"));
            }
            this.headerRow = first.number();
            this.header = first.cells().stream().map(String::strip).toList();
        } catch (GatewayException e) {
            closeQuietly();
            throw e;
        } catch (Exception e) {
            closeQuietly();
            GatewayException bomb = zipBomb(e);
            throw bomb != null ? bomb : unreadable("the workbook cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private record Row(int number, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The shared-strings table, read through a counter that stops it at {@code maxBytes}; null when there is none. */
    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook, long maxBytes) throws Exception {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = new BoundedInputStream(parts.get(0).getInputStream(), maxBytes)) {
            return new ReadOnlySharedStringsTable(in, false);
        } catch (IOException | SAXException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BoundedInputStream.Exceeded) {
                    throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "shared-strings-too-large",
                            "the workbook's shared-strings table is larger than " + maxBytes + " bytes (gateway.batch.max-shared-strings)",
                            "xl/sharedStrings.xml")));
                }
            }
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerLine() {
        return headerRow;
    }

    @Override
    BatchRow readRow() {
        try {
            Row row;
            do {
                row = readSheetRow();
            } while (row != null && row.blank());
            if (row == null) {
                return null;
            }
            int number = row.number() - headerRow;
            if (number > bounds.maxRows()) {
                throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "too-many-rows",
                        "the sheet has more than " + bounds.maxRows() + " data rows (gateway.batch.max-rows); rows after that were not read",
                        "row " + number)));
            }
            return new BatchRow(number, CanonicalCsv.of(header, row.cells()));
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof GatewayException refused) {
                throw refused;
            }
            GatewayException bomb = zipBomb(e);
            throw bomb != null ? bomb : unreadable("the sheet cannot be read further (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The next {@code <row>} of the sheet, or null at its end. */
    private Row readSheetRow() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = xml.getAttributeValue(null, "r");
                int number = r == null ? sheetRow + 1 : rowNumber(r);
                if (number <= sheetRow) {
                    // ECMA-376 keeps rows in ascending order; a repeated or earlier number would repeat a row's number
                    throw invalidReference("a row number is not above the row before it (" + sheetRow + ")", "sheet row " + number);
                }
                sheetRow = number;
                List<String> cells = new ArrayList<>();
                long chars = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                        int column = columnOf(xml.getAttributeValue(null, "r"), cells.size(), number);
                        if (column >= bounds.maxColumns()) {
                            throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "too-many-columns",
                                    "a row holds a cell beyond column " + bounds.maxColumns() + " (gateway.batch.max-columns)",
                                    "sheet row " + number)));
                        }
                        String value = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"), number, column);
                        chars += value.length();
                        if (chars > bounds.maxRowChars()) {
                            throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "row-too-long",
                                    "a row holds more than " + bounds.maxRowChars() + " characters (gateway.batch.max-row-chars)",
                                    "sheet row " + number)));
                        }
                        while (cells.size() < column) {
                            cells.add("");
                        }
                        cells.add(value);
                    } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                        break;
                    }
                }
                return new Row(number, cells);
            }
        }
        return null;
    }

    /** The text of the cell the reader stands on; leaves the reader on its end tag. */
    private String cell(String type, String style, int row, int column) throws XMLStreamException {
        String where = "sheet row " + row + ", column " + (column + 1);
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        int depth = 1;
        String inside = null;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                inside = xml.getLocalName();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                inside = null;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if ("v".equals(inside)) {
                    value.append(xml.getText());
                } else if ("t".equals(inside)) {
                    inline.append(xml.getText());
                }
                if (value.length() > bounds.maxCellChars() || inline.length() > bounds.maxCellChars()) {
                    throw cellTooLong(where);
                }
            }
        }
        String v = value.toString();
        if (type == null || "n".equals(type)) {
            return v.isEmpty() ? "" : number(v.trim(), style, where);
        }
        String text = switch (type) {
            case "s" -> v.isEmpty() ? "" : sharedString(v.trim(), where);
            case "inlineStr" -> inline.toString();
            case "b" -> "1".equals(v.trim()) ? "TRUE" : "FALSE";
            default -> v; // str (formula text), d (ISO date), e (error code)
        };
        if (text.length() > bounds.maxCellChars()) {
            throw cellTooLong(where);
        }
        return text;
    }

    private String sharedString(String index, String where) {
        if (strings != null && DIGITS.matcher(index).matches()) {
            try {
                return strings.getItemAt(Integer.parseInt(index)).getString();
            } catch (IndexOutOfBoundsException | IllegalStateException outside) {
                // POI says so with either, by version: reported below
            }
        }
        throw new GatewayException(new Finding(Stage.INGEST, "invalid-shared-string",
                "a cell refers to a shared string the workbook does not hold", where));
    }

    private String number(String raw, String style, String where) {
        Matcher number = NUMBER.matcher(raw);
        // bounded before any arithmetic: BigDecimal would write 1E999999999 as a billion digits
        if (!number.matches() || (number.group(1) != null && Math.abs(Integer.parseInt(number.group(1))) > 308)
                || !Double.isFinite(Double.parseDouble(raw))) {
            throw new GatewayException(new Finding(Stage.INGEST, "invalid-number",
                    "a numeric cell holds no finite number of at most 40 digits and an exponent of at most 308", where));
        }
        double value = Double.parseDouble(raw);
        if (style != null) {
            XSSFCellStyle cellStyle = style(style, where);
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime date = DateUtil.getLocalDateTime(value);
                return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
            }
        }
        return new BigDecimal(raw).stripTrailingZeros().toPlainString();
    }

    private XSSFCellStyle style(String index, String where) {
        if (styles != null && DIGITS.matcher(index.trim()).matches()) {
            int at = Integer.parseInt(index.trim());
            if (at < styles.getNumCellStyles()) {
                return styles.getStyleAt(at);
            }
        }
        throw new GatewayException(new Finding(Stage.INGEST, "invalid-cell-style",
                "a cell refers to a style the workbook does not hold", where));
    }

    private static int rowNumber(String r) {
        if (DIGITS.matcher(r.trim()).matches()) {
            int number = Integer.parseInt(r.trim());
            if (number >= 1 && number <= EXCEL_ROWS) {
                return number;
            }
        }
        throw invalidReference("a row number is not one of 1 to " + EXCEL_ROWS, "sheet row ?");
    }

    /** Zero-based column of a cell reference such as {@code AB12}; the next column when there is none. */
    private static int columnOf(String reference, int fallback, int row) {
        if (reference == null) {
            return fallback;
        }
        int column = 0;
        int letters = 0;
        for (char c : reference.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            letters++;
            if (letters > 3) {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        if (letters > 3 || column > EXCEL_COLUMNS) {
            throw invalidReference("a cell reference lies beyond column XFD", "sheet row " + row);
        }
        return column == 0 ? fallback : column - 1;
    }

    private static GatewayException invalidReference(String why, String where) {
        return new GatewayException(new Finding(Stage.INGEST, "invalid-cell-reference", why + ", the last of a spreadsheet", where));
    }

    private GatewayException cellTooLong(String where) {
        return new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "cell-too-long",
                "a cell holds more than " + bounds.maxCellChars() + " characters (gateway.batch.max-cell-chars)", where)));
    }

    /** POI's own zip-bomb refusal (an IOException somewhere in the chain) as the gateway's finding, else null. */
    private static GatewayException zipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb")) {
                return new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "zip-bomb",
                        "the workbook inflates beyond the gateway's bounds (gateway.batch.max-inflation, max-entry-size)", "/")));
            }
        }
        return null;
    }

    private static GatewayException unreadable(String why) {
        return new GatewayException(new Finding(Stage.INGEST, "unreadable-workbook", why, "/"));
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (xml != null) {
                xml.close();
            }
            if (sheet != null) {
                sheet.close();
            }
        } catch (XMLStreamException | IOException ignored) {
            // read-only: nothing to flush
        }
        if (workbook != null) {
            workbook.revert();
        }
    }
}
