package eu.credentialgateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector(KnownFormats.in(Path.of("mappings")).detectionRules());

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
}
