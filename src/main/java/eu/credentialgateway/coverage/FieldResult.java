package eu.credentialgateway.coverage;

/**
 * What became of one value of the input.
 *
 * @param field    {@code Class.field} of the correspondence table or crosswalk
 * @param location where the value stands in the input (element path with positions, or a JSONPath); never the value
 * @param status   reached (on the right node, same value, same language), noted (ELM cannot hold it, a note of the
 *                 credential names the field and quotes the value), wrong-language (right node and value, other language tag),
 *                 missing (nowhere)
 */
public record FieldResult(String field, String location, Status status) {

    public enum Status { REACHED, NOTED, WRONG_LANGUAGE, MISSING }

    public boolean covered() {
        return status == Status.REACHED || status == Status.NOTED;
    }
}
