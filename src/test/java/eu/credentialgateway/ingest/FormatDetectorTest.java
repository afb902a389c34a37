package eu.credentialgateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector(AdapterCatalog.of(Path.of(".")));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    class RecognisesElmo {
        @Test
        void inTheV1Namespace() {
            assertThat(detector.detect(utf8("<?xml version='1.0'?><elmo xmlns='https://github.com/emrex-eu/elmo-schemas/tree/v1'/>"))).isEqualTo("elmo");
        }

        @Test
        void anEdcXmlAdapterByEitherOfItsTwoRootElements() {
            assertThat(detector.detect(utf8("<europassCredential xmlns='http://data.europa.eu/snb'/>"))).isEqualTo("edc-xml");
            assertThat(detector.detect(utf8("<vp:verifiablePresentation xmlns:vp='http://data.europa.eu/snb/vp'/>"))).isEqualTo("edc-xml");
        }

        @Test
        void inThePre10Namespace() {
            assertThat(detector.detect(utf8("<e:elmo xmlns:e='http://purl.org/net/elmo'/>"))).isEqualTo("elmo");
        }

        @Test
        void withoutNamespaceAfterBomCommentsAndWhitespace() {
            assertThat(detector.detect(utf8("\uFEFF\n  <!-- transcript --><elmo><learner/></elmo>"))).isEqualTo("elmo");
        }

        @Test
        void withADoctypeLeftUnexpandedForTheCheckStageToRefuse() {
            String billionLaughs = "<?xml version='1.0'?><!DOCTYPE elmo [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><elmo>&b;</elmo>";
            assertThat(detector.detect(utf8(billionLaughs))).isEqualTo("elmo");
        }
    }

    @Nested
    class Refuses {
        @Test
        void anUnknownRootElementListingTheKnownFormats() {
            assertThatThrownBy(() -> detector.detect(utf8("<transcript xmlns='urn:other'/>")))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.rejection()).isEqualTo(Rejection.UNSUPPORTED_FORMAT);
                        assertThat(e.findings().get(0).code()).isEqualTo("unknown-format");
                        assertThat(e.findings().get(0).message()).contains("{urn:other}transcript").contains("elmo");
                    });
        }

        @Test
        void elmoInAForeignNamespace() {
            assertThatThrownBy(() -> detector.detect(utf8("<elmo xmlns='urn:not-elmo'/>")))
                    .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.UNSUPPORTED_FORMAT));
        }

        @Test
        void anEmptyBodyAsInvalid() {
            assertThatThrownBy(() -> detector.detect(utf8("  \n")))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.rejection()).isEqualTo(Rejection.INVALID);
                        assertThat(e.findings().get(0).code()).isEqualTo("empty-document");
                    });
        }

        @Test
        void plainTextAsUnsupported() {
            assertThatThrownBy(() -> detector.detect(utf8("name;birthDate\nA;B")))
                    .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.UNSUPPORTED_FORMAT));
        }

        @Test
        void brokenXmlPrologWithLineAndColumn() {
            assertThatThrownBy(() -> detector.detect(utf8("<?xml version='1.0'?>\n<<elmo/>")))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.findings().get(0).code()).isEqualTo("not-well-formed");
                        assertThat(e.findings().get(0).location()).contains("line 2");
                    });
        }
    }

    @Nested
    class WithJsonAndCsvAdapters {
        @TempDir
        Path extra;

        private FormatDetector detector() throws IOException {
            adapter("badge", "kind=json\njson.types=Assertion BadgeClass\njson.contexts=openbadges/v2\n");
            adapter("vc", "kind=json\njson.types=OpenBadgeCredential\n");
            adapter("vc-too", "kind=json\njson.contexts=ob/v3p0\n");
            adapter("registry", "kind=csv\ncsv.header=learner_id title\ncsv.delimiter=;\n");
            return new FormatDetector(AdapterCatalog.of(extra));
        }

        private void adapter(String format, String properties) throws IOException {
            Files.createDirectories(extra.resolve("mappings"));
            Files.writeString(extra.resolve("mappings/" + format + ".adapter.properties"), properties);
            Files.writeString(extra.resolve("mappings/" + format + ".rml.ttl"), "");
        }

        @Test
        void aJsonObjectByTypeAndContextTogether() throws IOException {
            assertThat(detector().detect(utf8("{\"@context\": \"https://w3id.org/openbadges/v2\", \"type\": \"Assertion\"}"))).isEqualTo("badge");
        }

        @Test
        void aJsonArrayByAnyOfItsElements() throws IOException {
            assertThat(detector().detect(utf8("[{\"type\": \"Issuer\"}, {\"@context\": [\"https://w3id.org/openbadges/v2\"], \"type\": [\"BadgeClass\"]}]")))
                    .isEqualTo("badge");
        }

        @Test
        void aCsvFileByItsHeaderRow() throws IOException {
            assertThat(detector().detect(utf8("\"learner_id\";title;credits\nx;y;5\n"))).isEqualTo("registry");
        }

        @Test
        void aJsonDocumentTwoAdaptersFitListingBoth() throws IOException {
            FormatDetector detector = detector();
            assertThatThrownBy(() -> detector.detect(utf8("{\"@context\": [\"https://purl.imsglobal.org/spec/ob/v3p0/context.json\"], \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"]}")))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.rejection()).isEqualTo(Rejection.UNSUPPORTED_FORMAT);
                        assertThat(e.findings().get(0).code()).isEqualTo("ambiguous-format");
                        assertThat(e.findings().get(0).message()).contains("[vc, vc-too]");
                    });
        }

        @Test
        void anUnknownJsonDocumentListingTheJsonFormats() throws IOException {
            FormatDetector detector = detector();
            assertThatThrownBy(() -> detector.detect(utf8("{\"type\": \"Other\"}")))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.findings().get(0).code()).isEqualTo("unknown-format");
                        assertThat(e.findings().get(0).message()).contains("[badge, vc, vc-too]");
                    });
        }

        @Test
        void brokenJsonWithLineAndColumn() throws IOException {
            FormatDetector detector = detector();
            assertThatThrownBy(() -> detector.detect(utf8("{\n  \"type\": }")))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.findings().get(0).code()).isEqualTo("not-well-formed");
                        assertThat(e.findings().get(0).location()).startsWith("line 2");
                    });
        }

        @Test
        void aFormatDefinedTwiceStopsTheStart() throws IOException {
            adapter("elmo", "kind=xml\n");
            assertThatThrownBy(() -> AdapterCatalog.of(Path.of("."), extra)).hasMessageContaining("defined twice");
        }

        @Test
        void anAdapterWithoutKindStopsTheStartNamingTheFile() throws IOException {
            adapter("nokind", "title=x\n");
            assertThatThrownBy(() -> AdapterCatalog.of(extra)).hasMessageContaining("nokind.adapter.properties").hasMessageContaining("kind");
        }
    }
}
