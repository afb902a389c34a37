package eu.credentialgateway.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks any XML, JSON or CSV adapter gets from its kind alone. */
class GenericChecksTest {
    private static final String UUID = "3f2c1a5e-0000-4000-8000-00000000e1e0";
    @TempDir
    static Path adapters;
    static CheckStage check;

    @BeforeAll
    static void adapters() throws IOException {
        Files.createDirectories(adapters.resolve("mappings"));
        write("tx", "kind=xml\nxml.root=transcript\nxml.namespaces=urn:t -\ncheck.max-depth=8\n");
        write("js", "kind=json\ncheck.max-depth=6\n");
        write("rows", "kind=csv\ncsv.header=id title\ncsv.columns=id title credits\n");
        write("langrows", "kind=csv\ncsv.header=id\n");
        write("langxml", "kind=xml\nxml.root=transcript\nxml.namespaces=-\nxml.language-attributes=lang\nxml.language-elements=primaryLanguage\n");
        check = new CheckStage(CheckProperties.defaults(), AdapterCatalog.of(adapters));
    }

    private static void write(String format, String properties) throws IOException {
        Files.writeString(adapters.resolve("mappings/" + format + ".adapter.properties"), properties);
        Files.writeString(adapters.resolve("mappings/" + format + ".rml.ttl"), "");
    }

    static String run(String format, String body, Long row) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:" + UUID);
        exchange.getMessage().setHeader(GatewayHeaders.ROW, row);
        check.process(exchange);
        return new String(exchange.getMessage().getBody(byte[].class), StandardCharsets.UTF_8);
    }

    /** The document language the check stage hands to the map stage (null: none read). */
    static String language(String format, String body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:" + UUID);
        check.process(exchange);
        return exchange.getProperty(GatewayHeaders.DOCUMENT_LANGUAGE, String.class);
    }

    static void rejected(String format, String body, String code, String location) {
        assertThatThrownBy(() -> run(format, body, null)).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.findings().get(0).code()).isEqualTo(code);
            assertThat(e.findings().get(0).location()).isEqualTo(location);
        });
    }

    @Nested
    class Xml {
        @Test
        void dropsNamespacesAndSignaturesAndNumbersEveryElement() {
            String out = run("tx", "<t:transcript xmlns:t='urn:t' xml:lang='fr'><t:name xml:lang='de'>Z</t:name><t:course><t:title>A</t:title></t:course>"
                    + "<ds:Signature xmlns:ds='http://www.w3.org/2000/09/xmldsig#'><ds:x/></ds:Signature></t:transcript>", null);
            assertThat(out).contains("<transcript gw-id=\"" + UUID + "\" xml:lang=\"fr\">")
                    .contains("<name gw-id=\"" + UUID + ".1\" gw-parent=\"" + UUID + "\" xml:lang=\"de\" gw-lang=\"de\">Z</name>")
                    .contains("<title gw-id=\"" + UUID + ".2.1\" gw-parent=\"" + UUID + ".2\" gw-lang=\"fr\">A</title>")
                    .doesNotContain("Signature");
        }

        @Test
        void refusesAnotherRootADoctypeAndDeepNesting() {
            rejected("tx", "<other/>", "wrong-root-element", "/other");
            rejected("tx", "<transcript xmlns='urn:look-alike'/>", "wrong-root-element", "/transcript");
            rejected("tx", "<!DOCTYPE transcript><transcript/>", "doctype-forbidden", "line 1, column 10");
            rejected("tx", "<transcript><a><b><c><d><e><f><g><h/></g></f></e></d></c></b></a></transcript>", "too-deep", "line 1, column 36");
        }

        @Test
        void refusesXml11EvenWhereItIsWellFormedXml11() {
            rejected("tx", "<?xml version='1.1'?><transcript>&#x1;</transcript>", "unsupported-xml-version", "line 1");
            rejected("tx", "<?xml version='1.1'?><transcript/>", "unsupported-xml-version", "line 1");
            assertThat(run("tx", "<?xml version='1.0'?><transcript/>", null)).contains("<transcript gw-id=");
        }
    }

    @Nested
    class Json {
        private final ObjectMapper json = new ObjectMapper();

        @Test
        void wrapsOneDocumentAndNumbersEveryObject() throws Exception {
            JsonNode out = json.readTree(run("js", "{\"type\": \"A\", \"gw-id\": \"spoof\", \"badge\": {\"x\": 1}, \"list\": [{\"y\": 2}, 3]}", null));
            assertThat(out.get("gw-id").asText()).isEqualTo(UUID);
            JsonNode doc = out.get("documents").get(0);
            assertThat(doc.get("gw-id").asText()).isEqualTo(UUID + ".1");
            assertThat(doc.get("gw-parent").asText()).isEqualTo(UUID);
            assertThat(doc.get("badge").get("gw-id").asText()).isEqualTo(UUID + ".1.3");
            assertThat(doc.get("badge").get("gw-parent").asText()).isEqualTo(UUID + ".1");
            assertThat(doc.get("list").get(0).get("gw-id").asText()).isEqualTo(UUID + ".1.4.1");
            assertThat(doc.get("list").get(1).asInt()).isEqualTo(3);
        }

        @Test
        void keepsTheDocumentsOfAnArrayInOrder() throws Exception {
            JsonNode out = json.readTree(run("js", "[{\"n\": 1}, {\"n\": 2}]", null));
            assertThat(out.get("documents").get(1).get("n").asInt()).isEqualTo(2);
            assertThat(out.get("documents").get(1).get("gw-id").asText()).isEqualTo(UUID + ".2");
        }

        @Test
        void refusesUnpairedSurrogatesAndReplacementCharactersInAnyStringOrKey() throws Exception {
            rejected("js", "{\"type\": \"A\", \"unread\": {\"x\": [\"ok\", \"\\ud800\"]}}", "invalid-text", "/unread/x/1");
            rejected("js", "{\"x\": \"a\\udc00b\"}", "invalid-text", "/x");
            rejected("js", "{\"x\": \"Bijen \uFFFD houden\"}", "invalid-text", "/x");
            rejected("js", "{\"o\": {\"\\ud800\": 1}}", "invalid-text", "/o");
            JsonNode out = json.readTree(run("js", "{\"x\": \"\\ud83d\\ude00 ok\"}", null));
            assertThat(out.get("documents").get(0).get("x").asText()).isEqualTo("\uD83D\uDE00 ok");
        }

        @Test
        void refusesDuplicateKeysDeepNestingScalarsAndLatin1() {
            rejected("js", "{\"a\": 1,\n \"a\": 2}", "duplicate-key", "line 2, column 5");
            rejected("js", "{\"a\": [[[[[[[1]]]]]]]}", "too-deep", "line 1, column 13");
            rejected("js", "[{}, 2]", "not-an-object", "/1");
            rejected("js", "{\"a\": }", "not-well-formed", "line 1, column 7");
            assertThatThrownBy(() -> check.process(exchangeOf("js", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'})))
                    .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.findings().get(0).code()).isEqualTo("bad-encoding"));
        }

        private Exchange exchangeOf(String format, byte[] body) {
            Exchange exchange = new DefaultExchange(new DefaultCamelContext());
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
            exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:" + UUID);
            return exchange;
        }
    }

    @Nested
    class Csv {
        @Test
        void addsTheRowIdTheRowNumberFromTheSplitAndTheCredentialUuid() {
            assertThat(run("rows", "id,title\n7,\"A, \"\"quoted\"\" title\"\n", 42L))
                    .isEqualTo("id,title,gw-id,gw-row,gw-credential\r\n7,\"A, \"\"quoted\"\" title\",3f2c1a5e-0000-4000-8000-00000000e1e0.42,42,"
                            + "3f2c1a5e-0000-4000-8000-00000000e1e0\r\n");
        }

        @Test
        void refusesAMissingOrUnknownColumnAndAShortRowWithItsNumber() {
            rejected("rows", "id,name\n1,x\n", "missing-column", "row 0, column title");
            assertThatThrownBy(() -> run("rows", "id,title\n1\n", 9L)).isInstanceOfSatisfying(GatewayException.class,
                    e -> assertThat(e.findings().get(0).location()).isEqualTo("row 9"));
            rejected("rows", "id,title,other\n1,x,y\n", "unknown-column", "row 0, column other");
        }
    }

    /** The document's language (the credential's primary language): what each kind reads as a declaration. */
    @Nested
    class Languages {
        @Test
        void xmlTakesTheFirstXmlLangInDocumentOrderAndUndWhenThereIsNone() {
            assertThat(language("tx", "<transcript><name>x</name><title xml:lang='sv'>a</title><title xml:lang='en'>b</title></transcript>"))
                    .isEqualTo("sv");
            assertThat(language("tx", "<transcript xml:lang='fi'><title xml:lang='en'>b</title></transcript>")).isEqualTo("fi");
            assertThat(language("tx", "<transcript><title>a</title></transcript>")).isEqualTo("und");
            // a typo or an empty value declares nothing; an attribute the adapter does not name is no declaration
            assertThat(language("tx", "<transcript><title xml:lang='english'>a</title><title xml:lang=''>b</title>"
                    + "<title lang='de'>c</title></transcript>")).isEqualTo("und");
        }

        @Test
        void xmlReadsTheAdaptersLanguageAttributesAndALanguageElementWins() {
            String texts = "<title><text lang='it'>a</text><text lang='en'>b</text></title>";
            assertThat(language("langxml", "<transcript>" + texts + "</transcript>")).isEqualTo("it");
            assertThat(language("langxml", "<transcript>" + texts + "<primaryLanguage>en</primaryLanguage></transcript>")).isEqualTo("en");
            assertThat(language("langxml", "<transcript>" + texts + "<primaryLanguage>none</primaryLanguage></transcript>")).isEqualTo("it");
        }

        @Test
        void xmlTagsATextByTheAdaptersLanguageAttributeElseByWhatEnclosesIt() {
            assertThat(run("langxml", "<transcript xml:lang='de'><title><text lang='it'>a</text><text>b</text></title></transcript>", null))
                    .contains("<text gw-id=\"" + UUID + ".1.1\" gw-parent=\"" + UUID + ".1\" lang=\"it\" gw-lang=\"it\">a</text>")
                    .contains("<text gw-id=\"" + UUID + ".1.2\" gw-parent=\"" + UUID + ".1\" gw-lang=\"de\">b</text>");
        }

        @Test
        void csvTakesTheFirstFilledLanguageColumnInHeaderOrderAndUndWhenThereIsNone() {
            assertThat(language("langrows", "id,note@de,title@fr,title@en\n1,,Titre,Title\n")).isEqualTo("fr");
            assertThat(language("langrows", "id,title@en,title@fr\n1,Title,Titre\n")).isEqualTo("en");
            assertThat(language("langrows", "id,title,email@example\n1,Title,x\n")).isEqualTo("und");
        }
    }
}
