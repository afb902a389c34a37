package eu.credentialgateway.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlausibleValuesTest {
    private static final String ELM = PlausibleValues.ELM;
    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Node CREDIT = NodeFactory.createURI("urn:epass:creditPoint:1");
    private static final Node AWARDING = NodeFactory.createURI("urn:epass:awardingProcess:1");

    private final PlausibleValues values = new PlausibleValues(IN_2026);

    private static Node elm(String name) {
        return NodeFactory.createURI(ELM + name);
    }

    private List<Finding> check(Node subject, String property, Node value) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(subject, elm(property), value);
        return values.check(graph);
    }

    private List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-6", "NaN", "Infinity", "-Infinity", "1E100000", "1E100000000", "1000.01", "", "six", "0x10", "1 000"})
    void creditsNoCourseHasAreImplausible(String points) {
        List<Finding> findings = check(CREDIT, "point", NodeFactory.createLiteralString(points));
        assertEquals(List.of("implausible-credits"), codes(findings));
        assertEquals("urn:epass:creditPoint:1 elm:point", findings.get(0).location());
        assertEquals(-1, findings.get(0).message().indexOf(points.isEmpty() ? "\u0000" : points), "the message names no value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "7.5", "7,5", " 30 ", "180", "360", "1000", "+12"})
    void creditsOfRealCoursesAndDegreesPass(String points) {
        assertEquals(List.of(), check(CREDIT, "point", NodeFactory.createLiteralString(points)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0044-03-15T00:00:00", "99999-01-01T00:00:00", "1899-12-31T00:00:00", "2028-01-01T00:00:00"})
    void awardingDatesOutsideLivingMemoryOrAfterNextYearAreImplausible(String date) {
        List<Finding> findings = check(AWARDING, "awardingDate", NodeFactory.createLiteralDT(date, XSDDatatype.XSDdateTime));
        assertEquals(List.of("implausible-date"), codes(findings));
        assertEquals("urn:epass:awardingProcess:1 elm:awardingDate", findings.get(0).location());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01T00:00:00", "1974-06-30T00:00:00", "2026-06-01T00:00:00Z", "2027-12-31T00:00:00"})
    void awardingDatesOfRealCredentialsPassIncludingOldDegrees(String date) {
        assertEquals(List.of(), check(AWARDING, "awardingDate", NodeFactory.createLiteralDT(date, XSDDatatype.XSDdateTime)));
    }

    @Test
    void aBirthDateInTheFutureIsImplausibleAFarValidUntilIsNot() {
        Node person = NodeFactory.createURI("urn:epass:person:1");
        assertEquals(List.of("implausible-date"), codes(check(person, "dateOfBirth", NodeFactory.createLiteralDT("2027-01-01T00:00:00", XSDDatatype.XSDdateTime))));
        assertEquals(List.of(), codes(check(person, "dateOfBirth", NodeFactory.createLiteralDT("1931-01-01T00:00:00", XSDDatatype.XSDdateTime))));
        Node credential = NodeFactory.createURI("urn:credential:1");
        assertEquals(List.of(), codes(check(credential, "expirationDate", NodeFactory.createLiteralDT("9999-12-31T23:59:59Z", XSDDatatype.XSDdateTime))));
        assertEquals(List.of("implausible-date"), codes(check(credential, "expirationDate", NodeFactory.createLiteralDT("-0001-12-31T23:59:59Z", XSDDatatype.XSDdateTime))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"130/110", "-1/20", "5/0", "21 / 20"})
    void gradesOutsideTheirOwnScaleAreImplausible(String grade) {
        assertEquals(List.of("implausible-grade"), codes(gradeOf(grade)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110/110", "16/20", "0/20", "7,5/10", "A", "sehr gut (1,3)", "-", "30 e lode"})
    void gradesWithinTheirScaleOrInWordsPass(String grade) {
        assertEquals(List.of(), codes(gradeOf(grade)));
    }

    private List<Finding> gradeOf(String grade) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node note = NodeFactory.createURI("urn:epass:grade:1");
        graph.add(NodeFactory.createURI("urn:epass:learningAssessment:1"), elm("grade"), note);
        graph.add(note, elm("noteLiteral"), NodeFactory.createLiteralLang(grade, "und"));
        return values.check(graph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is not base64!", "", "QUJD=QUJD", "QUJDRA", "QUJDRA===", "QU&D"})
    void contentSaidToBeBase64ThatIsNotIsInvalidBinary(String content) {
        assertEquals(List.of("invalid-binary"), codes(media(content, PlausibleValues.BASE64)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JVBERi0xLjQK", "QUJDRA==", "QUJDREU=", "JVBE Ri0x\nLjQK"})
    void base64ContentPassesAndOtherEncodingsAreNotJudged(String content) {
        assertEquals(List.of(), codes(media(content, PlausibleValues.BASE64)));
        assertEquals(List.of(), codes(media("plain text!", "http://data.europa.eu/snb/encoding/other")));
    }

    private List<Finding> media(String content, String encoding) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node media = NodeFactory.createURI("urn:epass:mediaObject:1");
        graph.add(media, elm("content"), NodeFactory.createLiteralString(content));
        graph.add(media, elm("contentEncoding"), NodeFactory.createURI(encoding));
        return values.check(graph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken \uD800 high", "broken \uDC00 low", "ends high \uD83D", "replaced \uFFFD bytes"})
    void textWithUnpairedSurrogatesOrReplacementCharactersIsInvalidText(String text) {
        Node spec = NodeFactory.createURI("urn:epass:learningAchievementSpecification:1");
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(spec, NodeFactory.createURI(PlausibleValues.DC + "title"), NodeFactory.createLiteralLang(text, "en"));
        List<Finding> findings = values.check(graph);
        assertEquals(List.of("invalid-text"), codes(findings));
        assertEquals("urn:epass:learningAchievementSpecification:1 dc:title", findings.get(0).location());
    }

    @Test
    void textOfEveryScriptAndEmojiPasses() {
        assertEquals(List.of(), codes(check(CREDIT, "title", NodeFactory.createLiteralLang("Zoé Ελληνικά 日本語 \uD83C\uDF93", "und"))));
    }

    @Test
    void theStageRefusesWith422AndPassesAPlausibleGraphOn() {
        SanityStage stage = new SanityStage(IN_2026);
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        Graph bad = GraphFactory.createDefaultGraph();
        bad.add(CREDIT, elm("point"), NodeFactory.createLiteralString("NaN"));
        exchange.getMessage().setBody(bad);
        GatewayException e = assertThrows(GatewayException.class, () -> stage.process(exchange));
        assertEquals(422, e.rejection().httpStatus());
        assertEquals("validate", e.findings().get(0).stage().id());

        Graph good = GraphFactory.createDefaultGraph();
        good.add(CREDIT, elm("point"), NodeFactory.createLiteralString("7.5"));
        exchange.getMessage().setBody(good);
        stage.process(exchange);
        assertEquals(good, exchange.getMessage().getBody());
    }
}
