package eu.credentialgateway.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import eu.credentialgateway.serialise.JsonLdToRdf;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ContextDocumentsTest {
    static final ContextDocuments LOADER = ContextDocuments.fromHome(Path.of(System.getProperty("user.dir")));

    @ParameterizedTest
    @ValueSource(strings = {"http://data.europa.eu/snb/model/context/edc-ap",
        "https://data.europa.eu/snb/model/context/edc-ap/", "http://data.europa.eu/snb/model/context/edc-ap.jsonld",
        "https://www.w3.org/2018/credentials/v1", "http://www.w3.org/2018/credentials/v1/",
        "https://www.w3.org/2018/credentials/v1.jsonld", "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
        "https://w3id.org/security/data-integrity/v1"})
    void servesOwnContextsForTheirWellKnownUrls(String url) throws JsonLdError {
        var document = LOADER.loadDocument(URI.create(url), new DocumentLoaderOptions());

        assertThat(document.getJsonContent()).isPresent();
        assertThat(document.getDocumentUrl()).isIn(LOADER.urls());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.w3.org/ns/credentials/v3", "https://example.org/context.jsonld",
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json", "https://w3id.org/security/suites/ed25519-2020/v1",
        "file:///etc/passwd", "http://data.europa.eu/snb/model/context/edc-ap?x=1",
        "http://data.europa.eu:8080/snb/model/context/edc-ap"})
    void refusesEveryOtherUrl(String url) {
        assertThatThrownBy(() -> LOADER.loadDocument(URI.create(url), new DocumentLoaderOptions()))
                .isInstanceOfSatisfying(JsonLdError.class, e -> {
                    assertThat(e.getCode()).isEqualTo(JsonLdErrorCode.LOADING_DOCUMENT_FAILED);
                    assertThat(e.getMessage()).contains("not served").contains("never fetches");
                });
    }

    @Test
    void handsTheParsedContextFileToStagesThatReadTermsThemselves() throws IOException {
        Path file = Path.of(System.getProperty("user.dir"), ContextDocuments.FOLDER, "edc-ap.jsonld");
        try (Reader text = Files.newBufferedReader(file); JsonReader json = Json.createReader(text)) {
            assertThat(LOADER.document(URI.create("https://data.europa.eu/snb/model/context/edc-ap.jsonld"))).isEqualTo(json.read());
        }
        assertThatThrownBy(() -> LOADER.document(URI.create("https://example.org/context.jsonld")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not among");
    }

    @Test
    void theGatewaysOneLoaderReadsTheConfiguredFolder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("edc-ap.jsonld"), "{\"@context\": {\"only\": \"urn:test:only\"}}");
        Files.writeString(folder.resolve("w3c-credentials-v1.jsonld"), "{\"@context\": {}}");

        new ApplicationContextRunner().withUserConfiguration(JsonLdWiring.class)
                .withPropertyValues("gateway.serialise.context-dir=" + folder)
                .run(context -> assertThat(context.getBean(ContextDocuments.class).document(ContextDocuments.EDC_AP).toString())
                        .contains("urn:test:only"));
    }

    @Test
    void expandsACredentialOffline() throws JsonLdError {
        String credential = """
                {"@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
                 "id": "urn:uuid:1", "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
                 "issuer": {"id": "urn:test:org", "type": "Organisation", "legalName": {"en": "Example"}}}""";

        assertThat(JsonLdToRdf.read(credential, LOADER).size()).isEqualTo(5);
    }

    @Test
    void documentThatNamesAForeignContextFailsInsteadOfFetching() {
        String document = """
                {"@context": "https://schema.org/", "name": "x"}""";

        assertThatThrownBy(() -> JsonLdToRdf.read(document, LOADER))
                .isInstanceOf(JsonLdError.class);
    }
}
