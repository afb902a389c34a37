package eu.credentialgateway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The prod profile's refusals: each named, and the gateway's JVM exits non-zero before it makes any key. */
class ProductionChecksTest {
    @TempDir
    Path home;

    private static MockEnvironment ready() {
        return new MockEnvironment()
                .withProperty("gateway.seal.keystore", "/etc/gateway/seal.p12")
                .withProperty("gateway.issuer.legal-name.en", "Example University")
                .withProperty("gateway.issuer.legal-identifier", "BE0123456789")
                .withProperty("gateway.security.oidc.issuer-uri", "https://login.example.org/realms/agency")
                .withProperty("gateway.wallet.issuer-url", "https://credentials.example.org");
    }

    @Test
    void theEmbeddedDefaultsAreRefusedForEachReason() {
        List<String> problems = ProductionChecks.problems(new MockEnvironment());
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("the DEMO seal key");
        assertThat(problems.get(1)).startsWith("the DEMO issuer organisation");
        assertThat(problems.get(2)).startsWith("no authentication configured");
    }

    @Test
    void aConfiguredGatewayPassesAndEachSettingMatters() {
        assertThat(ProductionChecks.problems(ready())).isEmpty();
        assertThat(ProductionChecks.problems(ready().withProperty("gateway.wallet.issuer-url", "http://credentials.example.org")))
                .singleElement().asString().startsWith("an http: wallet issuer URL");
        assertThat(ProductionChecks.problems(ready().withProperty("gateway.issuer.legal-identifier", "DEMO-NOT-A-REAL-IDENTIFIER")))
                .singleElement().asString().startsWith("the DEMO issuer organisation");
        MockEnvironment keysOnly = ready().withProperty("gateway.security.oidc.issuer-uri", "").withProperty("gateway.security.api-keys-only", "true");
        assertThat(ProductionChecks.problems(keysOnly)).isEmpty();
        assertThat(ProductionChecks.problems(ready().withProperty("gateway.seal.enabled", "false").withProperty("gateway.seal.keystore", "")))
                .isEmpty();
    }

    @Test
    void theGatewayExitsNonZeroNamingTheDemoKey() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = home.resolve("prod.log");
        Process gateway = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                GatewayApplication.class.getName(), "--spring.profiles.active=prod", "--gateway.home=" + home,
                "--gateway.issuer.legal-name.en=Example University", "--gateway.issuer.legal-identifier=BE0123456789",
                "--gateway.security.api-keys-only=true", "--server.port=0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(gateway.waitFor(120, TimeUnit.SECONDS)).as("the gateway stopped by itself").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(gateway.exitValue()).as(output).isNotZero();
        assertThat(output).contains("The prod profile refuses to start with:").contains("the DEMO seal key")
                .doesNotContain("the DEMO issuer organisation");
        assertThat(home.resolve("data")).as("nothing was made before the refusal").doesNotExist();
    }
}
