package eu.credentialgateway.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Values a test planted that must never reach a log line: a learner's name, birth date, national id or e-mail,
 * an API key, a bearer token, a pre-authorised code, a PIN. {@link PlantedValuesAppender} (installed for the whole
 * test JVM by {@code logback-test.xml}, so it survives every Spring context's logging set-up) checks every log
 * event of the suite against them; a test that planted values ends with {@link #assertNoLeaks()}.
 */
public final class PlantedValues {
    private static final Map<String, String> PLANTED = new ConcurrentHashMap<>();
    private static final Map<Pattern, String> NUMBERS = new ConcurrentHashMap<>();
    private static final List<String> LEAKS = java.util.Collections.synchronizedList(new ArrayList<>());
    private static volatile long eventsSeen;

    private PlantedValues() {
    }

    /** Plants a value of a kind ({@code learner name}, {@code api key}, ...); too short a value would match by chance. */
    public static String plant(String kind, String value) {
        if (value == null || value.length() < 6) {
            throw new IllegalArgumentException("a planted " + kind + " needs at least 6 characters to be recognised");
        }
        PLANTED.put(value, kind);
        return value;
    }

    /**
     * Plants a short number (a PIN): matched only where no digit stands next to it, so that it is not found inside a
     * port, a duration or an id by chance.
     */
    public static String plantNumber(String kind, String digits) {
        if (digits == null || !digits.matches("[0-9]{4,}")) {
            throw new IllegalArgumentException("a planted " + kind + " is 4 or more digits");
        }
        NUMBERS.put(Pattern.compile("(?<![0-9])" + digits + "(?![0-9])"), kind);
        return digits;
    }

    static void check(String logger, String text) {
        eventsSeen++;
        for (Map.Entry<Pattern, String> planted : NUMBERS.entrySet()) {
            if (planted.getKey().matcher(text).find()) {
                leak(planted.getValue(), logger, planted.getKey().matcher(text).replaceAll("<" + planted.getValue() + ">"));
            }
        }
        for (Map.Entry<String, String> planted : PLANTED.entrySet()) {
            if (text.contains(planted.getKey())) {
                leak(planted.getValue(), logger, text.replace(planted.getKey(), "<" + planted.getValue() + ">"));
            }
        }
    }

    private static void leak(String kind, String logger, String masked) {
        LEAKS.add(kind + " in a log line of " + logger + ": " + (masked.length() > 300 ? masked.substring(0, 300) + "..." : masked));
    }

    /** How many log events the appender has checked in this JVM (proves it is installed). */
    public static long eventsSeen() {
        return eventsSeen;
    }

    /** Fails when any log event so far held a planted value (the value itself is masked in the failure). */
    public static void assertNoLeaks() {
        assertThat(eventsSeen).as("the planted-values appender sees the suite's log events (logback-test.xml)").isPositive();
        synchronized (LEAKS) {
            assertThat(LEAKS).as("log lines that hold a planted secret or learner datum").isEmpty();
        }
    }
}
