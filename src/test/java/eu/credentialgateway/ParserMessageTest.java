package eu.credentialgateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class ParserMessageTest {
    @Test
    void aJsonParsersQuotedTokenIsLearnerDataAndIsLeftOut() {
        JsonProcessingException e = jsonError("{\"name\": JaneRoeDoe}");

        assertThat(e.getOriginalMessage()).contains("JaneRoeDoe");
        assertThat(ParserMessage.firstLine(e.getOriginalMessage())).startsWith("Unrecognized token '…'")
                .doesNotContain("JaneRoeDoe").doesNotContain("\n");
    }

    @Test
    void aQuotedSingleCharacterSaysWhatIsWrongAndStays() {
        assertThat(ParserMessage.firstLine("Unexpected character ('}' (code 125)): was expecting a colon"))
                .isEqualTo("Unexpected character ('}' (code 125)): was expecting a colon");
    }

    @Test
    void theLineThatOnlyGivesThePositionIsSkipped() throws Exception {
        XMLStreamException e = xmlError("<?xml version=\"1.0\"?>\n<a><b></a>");

        String line = ParserMessage.firstLine(e.getMessage());
        assertThat(line).isNotBlank().doesNotContain("[row,col").doesNotContain("\n").doesNotStartWith("Message: ");
        assertThat(ParserMessage.firstLine("ParseError at [row,col]:[2,9]\nMessage: The element type \"b\" must be terminated"))
                .isEqualTo("The element type \"b\" must be terminated");
        assertThat(ParserMessage.firstLine("Unexpected close tag </a>; expected </b>.\n at [row,col {unknown-source}]: [2,9]"))
                .isEqualTo("Unexpected close tag </a>; expected </b>.");
    }

    @Test
    void controlCharactersAreEscapedAndALongLineIsCut() {
        String line = ParserMessage.firstLine("bad \u202e token " + "x".repeat(500) + "\nsecond line");

        assertThat(line).contains("\\u202e").doesNotContain("\u202e").doesNotContain("second");
        assertThat(line.length()).isLessThan(260);
        assertThat(ParserMessage.firstLine(null)).isEmpty();
    }

    private static JsonProcessingException jsonError(String json) {
        try {
            new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("parsed: " + json);
    }

    private static XMLStreamException xmlError(String xml) throws XMLStreamException {
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
        try {
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (XMLStreamException e) {
            return e;
        }
        throw new AssertionError("parsed: " + xml);
    }
}
