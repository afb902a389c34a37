package eu.credentialgateway;

import java.util.Objects;

/**
 * One problem found in one input: which stage found it, a stable code, a message for people and
 * where it sits (XPath, line:column, SHACL focus node + path, row:column).
 * A message never quotes a learner's data: it names the field, not its value. Control characters in the message and
 * the location are escaped and both are cut ({@link LogValues}), so a finding never breaks a log line.
 */
public record Finding(Stage stage, String code, String message, String location) {
    /** Longest message kept. */
    public static final int MAX_MESSAGE = 2_000;
    /** Longest location kept. */
    public static final int MAX_LOCATION = 1_000;

    public Finding {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        // both reach log lines and answers; parts of them can come from the document (keys, element names, dates)
        message = LogValues.safe(message, MAX_MESSAGE);
        location = location == null ? "" : LogValues.safe(location, MAX_LOCATION);
    }
}
