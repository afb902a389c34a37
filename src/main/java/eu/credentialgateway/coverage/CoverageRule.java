package eu.credentialgateway.coverage;

/**
 * One row of a format's coverage rules ({@code test-data/<format>/coverage.tsv}): a field of the format's
 * correspondence table or crosswalk, what it maps the field to, and for a value-bearing field how to find its values
 * in the check stage's normalised document and where in the credential graph each must arrive.
 *
 * @param tableClass  the class column of the correspondence table or crosswalk, as it spells it
 * @param tableField  the field column, as it spells it
 * @param tableTarget the ELM target, whitespace collapsed
 * @param disposition {@code value} (counted), {@code structure} (an element whose own fields are rows),
 *                    {@code n/a} (the table maps it to nothing in ELM) or {@code envelope} (a property of the
 *                    input's own envelope, proof, schema, status, that the sealed credential replaces)
 * @param select      XPath 1.0 (XML formats) or JSONPath (JSON formats) over the normalised document: the values
 * @param node        IRI template of the graph node that must hold the value ({@code {...}} relative to the item)
 * @param path        SPARQL property path from that node to the value
 * @param match       how a value is compared: text, value, date, code, present, iri, datauri
 * @param note        the words with which a note of the credential names the field when ELM cannot hold the value
 *                    (empty: the value must reach its node)
 * @param source      the crosswalk row the rule comes from (empty for a table the rules follow row by row)
 */
public record CoverageRule(String tableClass, String tableField, String tableTarget, String disposition,
                           String select, String node, String path, String match, String note, String source) {

    public CoverageRule(String tableClass, String tableField, String tableTarget, String disposition,
                        String select, String node, String path, String match) {
        this(tableClass, tableField, tableTarget, disposition, select, node, path, match, "", "");
    }

    public boolean counted() {
        return "value".equals(disposition);
    }
}
