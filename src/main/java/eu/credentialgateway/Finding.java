package eu.credentialgateway;

import java.util.Objects;

/**
 * One problem found in one input: which stage found it, a stable code, a message for people and
 * where it sits (XPath, line:column, SHACL focus node + path, row:column).
 * A message never quotes a learner's data: it names the field, not its value.
 */
public record Finding(Stage stage, String code, String message, String location) {
    public Finding {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        location = location == null ? "" : location;
    }
}
