package eu.credentialgateway.ingest;

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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Reads the first sheet of an XLSX workbook row by row with POI's streaming XSSF API ({@link XSSFReader}
 * + a StAX pull parser over the sheet XML), so a workbook of any row count is read with memory bounded
 * by one row plus its shared-strings table. The first non-empty row is the header. Cells become text:
 * shared and inline strings as they are, numbers in plain notation ({@code 7.5}, {@code 6}), date-formatted
 * numbers as {@code YYYY-MM-DD} ({@code YYYY-MM-DDTHH:MM:SS} when they carry a time), booleans as
 * {@code TRUE}/{@code FALSE}. Row numbers follow the sheet: the data row below the header is row 1.
 */
final class XlsxBatchReader extends BatchReader {
    private final OPCPackage workbook;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final int maxRows;
    private final List<String> header;
    private final int headerRow;

    XlsxBatchReader(File file, int maxRows) {
        this.maxRows = maxRows;
        try {
            this.workbook = OPCPackage.open(file, PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw unreadable("the file is not an XLSX workbook (" + e.getClass().getSimpleName() + ")");
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            this.strings = new ReadOnlySharedStringsTable(workbook, false);
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
            throw unreadable("the workbook cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private record Row(int number, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
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
            if (number > maxRows) {
                throw new GatewayException(Rejection.TOO_LARGE, List.of(new Finding(Stage.INGEST, "too-many-rows",
                        "the sheet has more than " + maxRows + " data rows (gateway.batch.max-rows); rows after that were not read",
                        "row " + number)));
            }
            return new BatchRow(number, CanonicalCsv.of(header, row.cells()));
        } catch (XMLStreamException e) {
            throw unreadable("the sheet cannot be read further (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The next {@code <row>} of the sheet, or null at its end. */
    private Row readSheetRow() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = xml.getAttributeValue(null, "r");
                int number = r == null ? -1 : Integer.parseInt(r);
                List<String> cells = new ArrayList<>();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                        int column = columnOf(xml.getAttributeValue(null, "r"), cells.size());
                        String value = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
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
    private String cell(String type, String style) throws XMLStreamException {
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
            }
        }
        String v = value.toString();
        if (type == null || "n".equals(type)) {
            return v.isEmpty() ? "" : number(v, style);
        }
        return switch (type) {
            case "s" -> v.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(v.trim())).getString();
            case "inlineStr" -> inline.toString();
            case "b" -> "1".equals(v.trim()) ? "TRUE" : "FALSE";
            default -> v; // str (formula text), d (ISO date), e (error code)
        };
    }

    private String number(String raw, String style) {
        double value = Double.parseDouble(raw);
        if (style != null && styles != null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime date = DateUtil.getLocalDateTime(value);
                return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
            }
        }
        return new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
    }

    /** Zero-based column of a cell reference such as {@code AB12}; the next column when there is none. */
    private static int columnOf(String reference, int fallback) {
        if (reference == null) {
            return fallback;
        }
        int column = 0;
        for (char c : reference.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column == 0 ? fallback : column - 1;
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
