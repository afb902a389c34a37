package eu.credentialgateway.check.csv;

import java.util.regex.Pattern;

/**
 * Spreadsheet-formula injection (OWASP "CSV Injection"): a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is run as a formula by whoever opens an export of it in a spreadsheet
 * ({@code =HYPERLINK(...)}, {@code -2+3+cmd|' /C calc'!A0}). Text that came from a CSV or XLSX row is neutralised the
 * way OWASP advises, with a single quote in front: the text stays readable ({@code '-ology}, the quote is what
 * spreadsheets themselves show for "text, not formula"), nothing of it is lost, and no export of it can run. A plain
 * number ({@code -7.5}, {@code +3}) is no formula and is kept as it is.
 */
final class FormulaPrefix {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(?:[.,][0-9]+)?");

    private FormulaPrefix() {
    }

    /** Whether a spreadsheet would read the value as a formula. */
    static boolean startsFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        boolean prefix = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return prefix && !PLAIN_NUMBER.matcher(value).matches();
    }

    /** The value with a single quote in front when it would be read as a formula, else as it is. */
    static String neutralised(String value) {
        return startsFormula(value) ? "'" + value : value;
    }
}
