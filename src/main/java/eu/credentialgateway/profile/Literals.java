package eu.credentialgateway.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import eu.credentialgateway.BoundedNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed RDF literals as plain JSON values: numbers as numbers, booleans as booleans, dates as RFC 3339 date-times. */
final class Literals {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Set<String> INTEGERS = Set.of("integer", "positiveInteger", "nonNegativeInteger", "negativeInteger",
            "nonPositiveInteger", "int", "long", "short", "byte", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte");
    private static final Set<String> DECIMALS = Set.of("decimal", "double", "float");
    private static final Pattern DATE = Pattern.compile("\\d{4,}-\\d{2}-\\d{2}");
    private static final Pattern ZONED = Pattern.compile(".*(Z|[+-]\\d{2}:\\d{2})");

    private Literals() {
    }

    /** The local name of an XML Schema datatype IRI (compact {@code xsd:integer} or full), else the IRI itself. */
    static String localName(String datatype) {
        if (datatype.startsWith("xsd:")) {
            return datatype.substring(4);
        }
        return datatype.startsWith(XSD) ? datatype.substring(XSD.length()) : datatype;
    }

    /** The JSON value of a literal of this XML Schema datatype (local name; null: a string); unparseable lexical forms stay strings. */
    static JsonNode typed(String lexical, String datatype) {
        if (datatype == null) {
            return JSON.textNode(lexical);
        }
        // bounded digits and exponent: a number out of bounds stays text, it is never built or written in full
        if (INTEGERS.contains(datatype)) {
            BigInteger integer = BoundedNumbers.integer(lexical);
            return integer == null ? JSON.textNode(lexical) : JSON.numberNode(integer);
        }
        if (DECIMALS.contains(datatype)) {
            BigDecimal decimal = BoundedNumbers.decimal(lexical);
            return decimal == null ? JSON.textNode(lexical) : JSON.numberNode(decimal);
        }
        if ("boolean".equals(datatype)) {
            return JSON.booleanNode("true".equals(lexical.trim()) || "1".equals(lexical.trim()));
        }
        if ("dateTime".equals(datatype) || "date".equals(datatype) || "dateTimeStamp".equals(datatype)) {
            return JSON.textNode(dateTime(lexical));
        }
        return JSON.textNode(lexical);
    }

    /**
     * An RFC 3339 date-time with a zone: a date gets midnight UTC, a date-time without a zone gets {@code Z}
     * (EDC dates from sources without a zone, such as ELMO {@code 2023-06-20}); anything else is returned as is.
     */
    static String dateTime(String lexical) {
        String value = lexical.trim();
        if (DATE.matcher(value).matches()) {
            return value + "T00:00:00Z";
        }
        if (value.indexOf('T') > 0 && !ZONED.matcher(value).matches()) {
            return value + "Z";
        }
        return value;
    }
}
