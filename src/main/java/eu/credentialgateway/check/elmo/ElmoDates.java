package eu.credentialgateway.check.elmo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates an ELMO document carries (xs:date, xs:dateTime, and the pre-1.0 {@code dtf}
 * patterns such as {@code dd-MM-yyyy}) and writes them as the xsd:dateTime lexical form ELM needs.
 * A date without a time becomes midnight, keeping its time zone when it has one.
 */
final class ElmoDates {
    private static final Pattern XS_DATE = Pattern.compile("(-?\\d{4,}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern XS_DATE_TIME =
            Pattern.compile("(-?\\d{4,}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)(Z|[+-]\\d{2}:\\d{2})?");

    private ElmoDates() {
    }

    /** The xsd:dateTime form of the value, or null when it is not a date this reader understands. */
    static String toDateTime(String value, String dtf) {
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher date = XS_DATE.matcher(text);
        if (date.matches()) {
            return valid(date.group(1)) ? date.group(1) + "T00:00:00" + zone(date.group(2)) : null;
        }
        Matcher dateTime = XS_DATE_TIME.matcher(text);
        if (dateTime.matches()) {
            return validDateTime(text, dateTime.group(3) != null) ? text : null;
        }
        return dtf == null || dtf.isBlank() ? null : withPattern(text, dtf.strip());
    }

    private static String withPattern(String text, String dtf) {
        try {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(dtf, Locale.ROOT);
            if (dtf.contains("H") || dtf.contains("m")) {
                return LocalDateTime.parse(text, format).toString();
            }
            return LocalDate.parse(text, format) + "T00:00:00";
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    private static boolean valid(String isoDate) {
        try {
            LocalDate.parse(isoDate);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean validDateTime(String text, boolean zoned) {
        try {
            if (zoned) {
                OffsetDateTime.parse(text);
            } else {
                LocalDateTime.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String zone(String zone) {
        return zone == null ? "" : zone;
    }
}
