package eu.credentialgateway;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Numbers from documents, read with bounded digits and exponent BEFORE any arithmetic: {@code new BigDecimal("1E100000000")}
 * is cheap, but adding 1 to it builds a hundred million digits (minutes of CPU), and a 10-million-digit integer takes
 * as long to parse. Every number a stage computes with or writes as a number goes through here; a number out of
 * bounds is not a number for the gateway (callers keep it as text or reject it). Bounds: at most
 * {@value #MAX_LENGTH} characters and a decimal exponent within ±{@value #MAX_EXPONENT} (wider than a double's range).
 */
public final class BoundedNumbers {
    /** Most characters of a number's text (sign, digits, point, exponent). */
    public static final int MAX_LENGTH = 64;
    /** Largest magnitude of a number's decimal exponent (of its leading digit). */
    public static final int MAX_EXPONENT = 400;

    // the exponent's digits are bounded here so that parsing it cannot overflow an int
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,6})?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private BoundedNumbers() {
    }

    /** The decimal this text denotes (surrounding blanks ignored), or null when it is not one or out of bounds. */
    public static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        String number = text.strip();
        if (number.isEmpty() || number.length() > MAX_LENGTH || !DECIMAL.matcher(number).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(number);
        return within(value) ? value : null;
    }

    /** The integer this text denotes (an optional sign and digits), or null when it is not one or out of bounds. */
    public static BigInteger integer(String text) {
        if (text == null) {
            return null;
        }
        String number = text.strip();
        if (number.isEmpty() || number.length() > MAX_LENGTH || !INTEGER.matcher(number).matches()) {
            return null;
        }
        return new BigInteger(number.startsWith("+") ? number.substring(1) : number);
    }

    /** Whether a decimal already made is within the bounds (its exponent, and at most MAX_LENGTH digits). */
    public static boolean within(BigDecimal value) {
        if (value.signum() == 0) {
            return value.scale() >= -MAX_EXPONENT && value.scale() <= MAX_EXPONENT + MAX_LENGTH;
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        return value.precision() <= MAX_LENGTH && Math.abs(exponent) <= MAX_EXPONENT;
    }

    /** Whether a double is a finite number within the bounds (NaN and the infinities are not). */
    public static boolean within(double value) {
        return Double.isFinite(value);
    }
}
