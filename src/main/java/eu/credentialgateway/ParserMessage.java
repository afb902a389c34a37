package eu.credentialgateway;

import java.util.regex.Pattern;

/**
 * A parser's error message made fit for a finding: the one line that says what is wrong, with what could be learner
 * data taken out. Jackson and Woodstox quote the token they stopped at in single quotes ({@code Unrecognized token
 * 'Jane'}), and that token is the document's content, so single-quoted runs of two or more characters become
 * {@code '…'}; a quoted single character (a stray {@code '<'}) stays, it says what is wrong, and so do the
 * double-quoted element and entity names of the JDK's XML parser. Control characters are escaped and the line is
 * cut ({@link LogValues#safe}). A line that only gives the position ({@code ParseError at [row,col]:[1,5]},
 * {@code at [row,col {unknown-source}]}) is skipped: the finding's location says it.
 */
public final class ParserMessage {
    private static final Pattern POSITION_LINE = Pattern.compile("\\s*(ParseError\\s+)?at\\s+\\[row,col.*");
    private static final Pattern QUOTED = Pattern.compile("'[^']{2,}'");

    private ParserMessage() {
    }

    /** The first line of {@code message} that is not only a position, redacted, escaped and cut; "" for null. */
    public static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().filter(l -> !l.isBlank() && !POSITION_LINE.matcher(l).matches()).findFirst().orElse("").strip();
        if (line.startsWith("Message: ")) {
            line = line.substring("Message: ".length()); // the JDK's StAX: "ParseError at ...\nMessage: <what>"
        }
        return LogValues.safe(QUOTED.matcher(line).replaceAll("'…'"));
    }
}
