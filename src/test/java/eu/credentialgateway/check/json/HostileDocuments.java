package eu.credentialgateway.check.json;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Deterministic hostile documents for the check's tests, each with the code it must get: built in code (no random,
 * no files), so they can be listed into a corpus as they are ({@code name}, {@code kind}, {@code code} is the manifest).
 */
final class HostileDocuments {
    /** One hostile input and the first finding's code it must get. */
    record Case(String name, String kind, byte[] body, String code) {
        @Override
        public String toString() {
            return kind + "/" + name;
        }
    }

    private HostileDocuments() {
    }

    /** Hostile JSON bodies for an adapter of kind json with {@code check.max-string-length=1000} and default depth (64). */
    static List<Case> json() {
        return List.of(
                json("exponent-huge", "{\"credits\": 1E999999999}", "number-out-of-range"),
                json("exponent-huge-negative-mantissa", "{\"credits\": -9.99E400}", "number-out-of-range"),
                json("digits-too-many", "{\"credits\": " + "9".repeat(5_000) + "}", "number-out-of-range"),
                json("fraction-too-long", "{\"credits\": 0." + "1".repeat(500) + "}", "number-out-of-range"),
                json("nan", "{\"credits\": NaN}", "not-well-formed"),
                json("infinity", "{\"credits\": Infinity}", "not-well-formed"),
                json("minus-infinity", "{\"credits\": -Infinity}", "not-well-formed"),
                json("duplicate-key", "{\"name\": \"a\", \"name\": \"b\"}", "duplicate-key"),
                json("duplicate-key-deep", "{\"a\": {\"b\": [{\"c\": 1, \"c\": 2}]}}", "duplicate-key"),
                json("depth-bomb", "[".repeat(10_000) + "]".repeat(10_000), "too-deep"),
                json("object-depth-bomb", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "too-deep"),
                json("string-too-long", "{\"name\": \"" + "x".repeat(2_000) + "\"}", "too-large"),
                json("key-too-long", "{\"" + "k".repeat(2_000) + "\": 1}", "too-large"),
                new Case("array-of-scalars", "json", millionNumbers(), "not-an-object"),
                json("bare-number", "1E999999999", "number-out-of-range"),
                json("truncated", "{\"a\": [1, 2", "not-well-formed"));
    }

    /** A JSON array of a million numbers (2 MB): once a million findings and an OutOfMemoryError. */
    static byte[] millionNumbers() {
        StringBuilder body = new StringBuilder(2_000_002).append('[');
        for (int i = 0; i < 1_000_000; i++) {
            body.append(i == 0 ? "0" : ",0");
        }
        return body.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Case json(String name, String body, String code) {
        return new Case(name, "json", body.getBytes(StandardCharsets.UTF_8), code);
    }
}
