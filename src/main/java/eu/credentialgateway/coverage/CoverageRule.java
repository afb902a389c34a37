package eu.credentialgateway.coverage;

/**
 * One row of a format's coverage rules ({@code test-data/<format>/coverage.tsv}): a field of the format's
 * correspondence table, what the table maps it to, and for a value-bearing field how to find its values in the
 * check stage's normalised document and where in the credential graph each must arrive.
 *
 * @param tableClass  the class column of the correspondence table, as the table spells it
 * @param tableField  the field column, as the table spells it
 * @param tableTarget the table's ELM target, whitespace collapsed
 * @param disposition {@code value} (counted), {@code structure} (an element whose own fields are rows) or
 *                    {@code n/a} (the table maps it to nothing)
 * @param select      XPath 1.0 over the normalised document: the items carrying the field's values
 * @param node        IRI template of the graph node that must hold the value ({@code {xpath}} relative to the item)
 * @param path        SPARQL property path from that node to the value
 * @param match       how a value is compared: text, value, date, code, iri
 */
public record CoverageRule(String tableClass, String tableField, String tableTarget, String disposition,
                           String select, String node, String path, String match) {

    public boolean counted() {
        return "value".equals(disposition);
    }
}
