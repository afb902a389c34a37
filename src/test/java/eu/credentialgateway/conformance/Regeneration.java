package eu.credentialgateway.conformance;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which case folders may have their expected files rewritten from the current output, as named by
 * {@code -Dgateway.regenerate=<format>/<case>[,<format>/<case>...]} ({@code <format>/*} for every case of one format).
 * Nothing else is ever written: a case without an expected file fails, so a new case cannot pass unreviewed, and a
 * blanket {@code true} is refused because it rewrote every adapter's files at once.
 */
record Regeneration(List<String> selectors) {
    static final String PROPERTY = "gateway.regenerate";
    private static final Pattern SELECTOR = Pattern.compile("[a-z0-9][a-z0-9_-]*/([A-Za-z0-9][A-Za-z0-9._-]*|\\*)");

    /** The selectors of {@code -Dgateway.regenerate}; none when it is unset. */
    static Regeneration fromSystemProperty() {
        return of(System.getProperty(PROPERTY, ""));
    }

    static Regeneration of(String value) {
        List<String> selectors = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String selector : selectors) {
            if (!SELECTOR.matcher(selector).matches()) {
                throw new IllegalArgumentException("-D" + PROPERTY + " names case folders as <format>/<case> or <format>/*,"
                        + " comma-separated (for example elmo/multi-report), not '" + selector + "'");
            }
        }
        return new Regeneration(selectors);
    }

    /** The selectors that name none of the cases (each {@code <format>/<folder name>}): a typo regenerates nothing. */
    List<String> unmatched(List<String> cases) {
        return selectors.stream().filter(s -> cases.stream().noneMatch(c -> new Regeneration(List.of(s)).covers(c))).toList();
    }

    /** Whether the case's expected files are to be rewritten; {@code case} is {@code <format>/<folder name>}. */
    boolean covers(String testCase) {
        return selectors.stream().anyMatch(s -> s.equals(testCase) || s.endsWith("/*") && testCase.startsWith(s.substring(0, s.length() - 1)));
    }
}
