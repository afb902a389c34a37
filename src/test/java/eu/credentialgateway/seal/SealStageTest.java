package eu.credentialgateway.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Stage;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealStageTest {
    private static final CamelContext CAMEL = new DefaultCamelContext();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    static Exchange exchangeWith(String body) {
        Exchange exchange = new DefaultExchange(CAMEL);
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:0b9f5c1e-6c2a-8d3e-9f10-1a2b3c4d5e6f");
        return exchange;
    }

    static SealProperties embeddedDefaults() {
        return SealProperties.demo(null, JwsAlgorithm.ES256);
    }

    static Finding failure(Runnable call) {
        try {
            call.run();
        } catch (GatewayException e) {
            return e.findings().get(0);
        }
        throw new AssertionError("no GatewayException");
    }

    @Nested
    class OnTheEmbeddedDefault {
        @Test
        void makesADemoKeyUnderTheDataFolderOnFirstRunAndKeepsItAfterwards() throws Exception {
            Path demo = home.resolve("data/seal/demo-seal.p12");
            new SealStage(embeddedDefaults(), home, name -> null);
            assertThat(demo).exists();
            byte[] first = Files.readAllBytes(demo);

            Exchange exchange = exchangeWith(JadesSealerTest.CREDENTIAL);
            new SealStage(embeddedDefaults(), home, name -> null).process(exchange);

            assertThat(Files.readAllBytes(demo)).isEqualTo(first);
            assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/jose+json");
            assertThat(JSON.readTree(exchange.getMessage().getBody(String.class)).get("payload").asText()).isEqualTo(JadesSealerTest.CREDENTIAL);
        }

        @Test
        void notesThatTheSealIsADemo() {
            Exchange exchange = exchangeWith(JadesSealerTest.CREDENTIAL);
            new SealStage(embeddedDefaults(), home, name -> null).process(exchange);

            assertThat(Notes.of(exchange)).extracting(Finding::code).containsExactly("demo-seal");
        }
    }

    @Nested
    class WithTheIssuersKeystore {
        SealProperties keystore(Path file, String alias) {
            return new SealProperties(true, "edc-jades", file, alias, "SEAL_PASSWORD", null, null, null,
                    JwsAlgorithm.ES256, "iat", null, false);
        }

        Path issuerKeystore() throws Exception {
            SealingKeys.of(home.resolve("issuer"), JwsAlgorithm.RS256, false);
            return home.resolve("issuer/RS256.p12");
        }

        @Test
        void readsThePasswordFromTheNamedEnvironmentVariableAndSealsWithRs256() throws Exception {
            Map<String, String> environment = Map.of("SEAL_PASSWORD", new String(DemoSealingKey.PASSWORD));
            Exchange exchange = exchangeWith(JadesSealerTest.CREDENTIAL);
            new SealStage(keystore(issuerKeystore(), null), home, environment::get).process(exchange);

            assertThat(JadesSealerTest.protectedHeader(exchange.getMessage().getBody(String.class)).get("alg").asText()).isEqualTo("RS256");
            assertThat(Notes.of(exchange)).isEmpty();
            assertThat(home.resolve("data/seal")).doesNotExist();
        }

        @Test
        void refusesToStartWithoutThePasswordVariable() throws Exception {
            Path file = issuerKeystore();
            assertThatThrownBy(() -> new SealStage(keystore(file, null), home, name -> null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("SEAL_PASSWORD");
        }

        @Test
        void refusesToStartWithAnAliasTheKeystoreDoesNotHave() throws Exception {
            Path file = issuerKeystore();
            Map<String, String> environment = Map.of("SEAL_PASSWORD", new String(DemoSealingKey.PASSWORD));
            assertThatThrownBy(() -> new SealStage(keystore(file, "elsewhere"), home, environment::get))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("elsewhere").hasMessageContaining(DemoSealingKey.ALIAS);
        }
    }

    @Nested
    class Failures {
        @Test
        void anUnknownProfileIsRefusedBySeal() {
            Exchange exchange = exchangeWith(JadesSealerTest.CREDENTIAL);
            exchange.getMessage().setHeader(GatewayHeaders.PROFILE, "nonsense");
            SealStage stage = new SealStage(embeddedDefaults(), home, name -> null);

            Finding finding = failure(() -> stage.process(exchange));
            assertThat(finding.stage()).isEqualTo(Stage.SEAL);
            assertThat(finding.code()).isEqualTo("unknown-profile");
        }

        @Test
        void aTimestampAuthorityThatDoesNotAnswerFailsTheSealWithSealFailed() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            SealProperties unreachable = embeddedDefaults().withTsaUrl(URI.create("http://127.0.0.1:" + closedPort + "/tsa"));
            SealStage stage = new SealStage(unreachable, home, name -> null);

            Finding finding = failure(() -> stage.process(exchangeWith(JadesSealerTest.CREDENTIAL)));
            assertThat(finding.stage()).isEqualTo(Stage.SEAL);
            assertThat(finding.code()).isEqualTo("seal-failed");
        }

        @Test
        void anEmptyBodyIsRefused() {
            SealStage stage = new SealStage(embeddedDefaults(), home, name -> null);
            assertThat(failure(() -> stage.process(exchangeWith(" "))).code()).isEqualTo("empty-credential");
        }
    }

    @Test
    void whenDisabledTheCredentialPassesUnsealed() {
        SealProperties off = new SealProperties(false, "edc-jades", null, null, "X", null, null, null, JwsAlgorithm.ES256, "iat", null, false);
        Exchange exchange = exchangeWith(JadesSealerTest.CREDENTIAL);
        new SealStage(off, home, name -> null).process(exchange);

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(JadesSealerTest.CREDENTIAL);
        assertThat(home.resolve("data/seal")).doesNotExist();
    }
}
