package eu.credentialgateway.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * test-data/edc-xml/coverage.tsv cites, row by row, the element of the EDC 1.x XSD it is derived from
 * (xsd:<complexType or group>/<element>, genericschema_1.2.xsd in ../shared, read and never copied): the type or
 * element group must declare the element, whose name (without prefix) is the rule's field. Every counted rule says how to measure it.
 */
class EdcXmlCoverageRulesAgreeWithXsdTest {
    private static final Pattern CITATION = Pattern.compile("xsd:([A-Za-z]+)/([A-Za-z:-]+)");

    @Test
    void everyRuleCitesAnElementTheSchemaDeclares() throws Exception {
        Path xsd = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats/europass-edc-xml/xsd/genericschema_1.2.xsd").normalize();
        assumeTrue(Files.isRegularFile(xsd), "../shared is absent: skipping the comparison with the EDC 1.x XSD");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document schema = factory.newDocumentBuilder().parse(xsd.toFile());
        var xpath = XPathFactory.newInstance().newXPath();

        List<CoverageRule> rules = CoverageRules.read(CoverageRules.fileOf(Path.of("."), "edc-xml"));
        assertThat(rules).hasSizeGreaterThan(10);
        for (CoverageRule rule : rules) {
            String what = rule.tableClass() + "." + rule.tableField() + " (" + rule.source() + ")";
            assertThat(rule.disposition()).as(what).isIn("value", "structure", "envelope");
            if (rule.counted()) {
                assertThat(List.of(rule.select(), rule.node(), rule.path(), rule.match())).as(what).doesNotContain("");
            }
            Matcher m = CITATION.matcher(rule.source());
            assertThat(m.matches()).as(what + ": citation").isTrue();
            assertThat(rule.tableField()).as(what).isEqualTo(m.group(2));
            NodeList declared = (NodeList) xpath.evaluate("/*/*[local-name() = 'complexType' or local-name() = 'group'][@name = '" + m.group(1) + "']"
                    + "//*[local-name() = 'element'][@name = '" + m.group(2) + "' or @ref = '" + m.group(2) + "']", schema, XPathConstants.NODESET);
            assertThat(declared.getLength()).as(what + ": the XSD's " + m.group(1) + " declares " + m.group(2)).isPositive();
        }
    }
}
