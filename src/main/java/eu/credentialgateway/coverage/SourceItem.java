package eu.credentialgateway.coverage;

/**
 * One value of the check stage's normalised document that a rule selected: an XML element or attribute
 * ({@link XmlSource}) or a JSON member or array element ({@link JsonSource}).
 */
interface SourceItem {

    /** The value, white space collapsed; empty when the item carries none. */
    String value();

    /** Where the value stands in the input (a path with positions), never the value itself. */
    String location();

    /** The language the check stage gave the item ({@code gw-lang}), lower case; {@code und} when none. */
    String language();

    /** The date-time the check stage read from the value, or null when it read none. */
    String dateTime();

    /** The value of a rule's node placeholder ({@code {...}}) relative to the item; empty when there is none. */
    String resolve(String placeholder) throws Exception;
}
