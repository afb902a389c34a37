package eu.credentialgateway.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.app.GatewayApplication;
import eu.credentialgateway.conformance.RoutedConversion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A scaffolded adapter is a working start: the gateway started on a folder holding one adapter of each kind finds it,
 * and its example converts through the real routes (routes/pipeline.yaml) into a valid credential.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(RoutedConversion.Wiring.class)
class ScaffoldAdapterTest {
    private static final List<String> KINDS = List.of("json", "xml", "csv");
    /** What the scaffold wrote per kind, before the gateway started on the folder. */
    private static final Map<String, List<Path>> WRITTEN = new ConcurrentHashMap<>();

    @TempDir
    static Path temp;
    @TempDir
    Path folder;

    @DynamicPropertySource
    static void adaptersScaffoldedBeforeTheGatewayStarts(DynamicPropertyRegistry registry) {
        registry.add("gateway.adapters.dir", () -> {
            Path adapters = temp.resolve("adapters");
            for (String kind : KINDS) {
                WRITTEN.computeIfAbsent(kind, k -> {
                    try {
                        return ScaffoldAdapter.write("acme-" + k, k, adapters);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return adapters.toString();
        });
        GatewayDataFolders.register(registry, temp, "scaffold-adapter");
    }

    @Autowired
    RoutedConversion routes;
    @Autowired
    AdapterCatalog catalog;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "xml", "csv"})
    void scaffoldsAnAdapterWhoseExampleBecomesAValidCredential(String kind) throws Exception {
        Path adapters = temp.resolve("adapters");
        assertThat(WRITTEN.get(kind)).extracting(p -> adapters.relativize(p).toString().replace('\\', '/')).containsExactlyInAnyOrder(
                "mappings/acme-" + kind + ".adapter.properties", "mappings/acme-" + kind + ".rml.ttl",
                "routes/acme-" + kind + ".yaml", "test-data/acme-" + kind + "/example/input." + kind);
        assertThat(catalog.find("acme-" + kind)).hasValueSatisfying(a -> assertThat(a.kind().id()).isEqualTo(kind));

        byte[] example = Files.readAllBytes(adapters.resolve("test-data/acme-" + kind + "/example/input." + kind));
        Graph credential = routes.convert("acme-" + kind, example).graph();

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
