package eu.credentialgateway.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.align.AlignProperties;
import eu.credentialgateway.align.AlignStage;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.CheckStage;
import eu.credentialgateway.map.IssuerProperties;
import eu.credentialgateway.map.MapStage;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.ValidateStage;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A scaffolded adapter is a working start: it is discovered, and its example converts into a valid credential. */
class ScaffoldAdapterTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "xml", "csv"})
    void scaffoldsAnAdapterWhoseExampleBecomesAValidCredential(String kind) throws Exception {
        List<Path> written = ScaffoldAdapter.write("acme-" + kind, kind, folder);

        assertThat(written).extracting(p -> folder.relativize(p).toString().replace('\\', '/')).containsExactlyInAnyOrder(
                "mappings/acme-" + kind + ".adapter.properties", "mappings/acme-" + kind + ".rml.ttl",
                "routes/acme-" + kind + ".yaml", "test-data/acme-" + kind + "/example/input." + kind);
        AdapterCatalog adapters = AdapterCatalog.of(folder);
        assertThat(adapters.find("acme-" + kind)).hasValueSatisfying(a -> assertThat(a.kind().id()).isEqualTo(kind));

        byte[] example = Files.readAllBytes(folder.resolve("test-data/acme-" + kind + "/example/input." + kind));
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(example);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "acme-" + kind);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:3f2c1a5e-0000-4000-8000-00000000e1e0");
        exchange.setProperty(GatewayHeaders.ORIGINAL, example);
        new CheckStage(CheckProperties.defaults(), adapters).process(exchange);
        new MapStage(adapters, IssuerProperties.demo(), Clock.systemUTC()).process(exchange);
        new AlignStage(new AlignProperties(null), ".").process(exchange);
        new ValidateStage(new ValidateProperties(Path.of("ontologies/shapes"), List.of()), ".").process(exchange);

        Graph credential = exchange.getMessage().getBody(Graph.class);
        assertThat(credential.size()).isGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json"})
    void neverOverwritesAnExistingAdapter(String kind) throws Exception {
        ScaffoldAdapter.write("acme", kind, folder);
        assertThatThrownBy(() -> ScaffoldAdapter.write("acme", kind, folder)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @ParameterizedTest(name = "format name [{0}]")
    @ValueSource(strings = {"Bad Name", "../escape", ""})
    void refusesAFormatNameThatIsNotAFolderSafeWord(String name) {
        assertThatThrownBy(() -> ScaffoldAdapter.write(name, "json", folder)).isInstanceOf(IllegalArgumentException.class);
    }
}
