package eu.credentialgateway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * docs/configuration.md against the configuration metadata spring-boot-configuration-processor writes at compile time
 * ({@code META-INF/spring-configuration-metadata.json}: every {@code @ConfigurationProperties} key with its type, default
 * and javadoc, plus the keys read by {@code @Value} or from the Environment, which
 * {@code META-INF/additional-spring-configuration-metadata.json} lists). No Spring context: it reads files only.
 *
 * <p>A row of the document is {@code | `key` | `type` | default | what it does |}; a map's entries are documented as
 * {@code key.<name>} (or a named entry, {@code gateway.deliver.targets.default}), typed by the map's values.
 */
class ConfigurationDocTest {
    private static final Path DOC = Path.of("docs", "configuration.md");
    private static final Path APPLICATION_YAML = Path.of("src", "main", "resources", "application.yaml");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(gateway\\.[^`]+)`\\s*\\|(.*)$");
    private static final Pattern PACKAGE = Pattern.compile("(?:[a-z][a-z0-9_]*\\.)+");
    private static final Pattern MAP_TYPE = Pattern.compile("Map<[^,]+,(.+)>");

    private static Map<String, JsonNode> metadata;
    private static Map<String, Row> documented;
    private static Map<String, String> embedded;

    /** One documented key: its type and default cells. */
    record Row(String type, String defaultCell) {
    }

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        Path classes = Path.of(GatewayApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path file = classes.resolve("META-INF/spring-configuration-metadata.json");
        assertThat(file).as("written by spring-boot-configuration-processor at compile time").isRegularFile();
        metadata = new TreeMap<>();
        new ObjectMapper().readTree(file.toFile()).get("properties").forEach(p -> {
            if (p.get("name").asText().startsWith("gateway.")) {
                metadata.put(p.get("name").asText(), p);
            }
        });
        documented = rows(Files.readAllLines(DOC, StandardCharsets.UTF_8));
        embedded = new TreeMap<>();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application", new FileSystemResource(APPLICATION_YAML))) {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                embedded.put(name, String.valueOf(source.getProperty(name)));
            }
        }
    }

    @Test
    void everyKeyOfTheMetadataIsDocumented() {
        List<String> missing = metadata.keySet().stream()
                .filter(key -> !documented.containsKey(key) && documented.keySet().stream().noneMatch(d -> isMap(key) && d.startsWith(key + ".")))
                .toList();
        assertThat(missing).as("keys of the configuration metadata missing from " + DOC).isEmpty();
    }

    @Test
    void everyDocumentedKeyIsInTheMetadata() {
        List<String> gone = documented.keySet().stream().filter(key -> property(key).isEmpty()).toList();
        assertThat(gone).as("keys documented in " + DOC + " that no code reads (not in the configuration metadata)").isEmpty();
    }

    @Test
    void everyDocumentedTypeIsTheMetadatas() {
        List<String> wrong = new ArrayList<>();
        documented.forEach((key, row) -> property(key).ifPresent(p -> {
            String expected = expectedType(key, p);
            if (!row.type().equals(expected)) {
                wrong.add(key + ": documented `" + row.type() + "`, metadata `" + expected + "`");
            }
        }));
        assertThat(wrong).as("types in " + DOC).isEmpty();
    }

    @Test
    void everyDocumentedDefaultIsTheOneTheGatewayRunsWith() {
        List<String> wrong = new ArrayList<>();
        documented.forEach((key, row) -> defaultOf(key).ifPresent(expected -> {
            String said = expected.isEmpty() ? "empty" : "`" + expected + "`";
            if (!row.defaultCell().contains(said)) {
                wrong.add(key + ": default cell '" + row.defaultCell() + "' does not say " + said);
            }
        }));
        assertThat(wrong).as("defaults in " + DOC + " (application.yaml's value, else the metadata's default)").isEmpty();
    }

    @Test
    void everyKeyOfTheMetadataHasADescription() {
        List<String> bare = metadata.values().stream()
                .filter(p -> !p.hasNonNull("description") || p.get("description").asText().isBlank())
                .map(p -> p.get("name").asText()).toList();
        assertThat(bare).as("keys without javadoc (@param of the properties record) or additional metadata").isEmpty();
    }

    @Test
    void everyGatewayKeyTheSourcesReadOrApplicationYamlSetsIsInTheMetadata() throws IOException {
        Map<String, String> read = new TreeMap<>(keysReadBySources());
        embedded.keySet().stream().filter(k -> k.startsWith("gateway.")).forEach(k -> read.putIfAbsent(k, APPLICATION_YAML.toString()));
        List<String> unknown = read.entrySet().stream().filter(e -> property(e.getKey()).isEmpty())
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        assertThat(unknown).as("gateway.* keys read by @Value, the Environment or route placeholders, or set in application.yaml, "
                + "that the metadata does not describe: add them to META-INF/additional-spring-configuration-metadata.json").isEmpty();
        assertThat(read).as("the scan finds the keys it is there for").containsKeys("gateway.home", "gateway.ingest.inbox-dir",
                "gateway.wallet.secret-file", "gateway.deliver.webhook.secret", "gateway.security.api-keys-only");
    }

    /** The metadata property a documented or read key belongs to: itself, or the map it is an entry of. */
    private static Optional<JsonNode> property(String key) {
        if (metadata.containsKey(key)) {
            return Optional.of(metadata.get(key));
        }
        return metadata.entrySet().stream().filter(e -> isMap(e.getKey()) && key.startsWith(e.getKey() + "."))
                .map(Map.Entry::getValue).findFirst();
    }

    private static boolean isMap(String key) {
        JsonNode p = metadata.get(key);
        return p != null && p.path("type").asText().startsWith("java.util.Map<");
    }

    /** The simple type name; for a map's entry, the type of the map's values. */
    private static String expectedType(String key, JsonNode property) {
        String type = PACKAGE.matcher(property.path("type").asText()).replaceAll("");
        if (!key.equals(property.get("name").asText())) {
            Matcher map = MAP_TYPE.matcher(type);
            return map.matches() ? map.group(1) : type;
        }
        return type;
    }

    /** What the gateway runs with when nothing is set: application.yaml's value, else the metadata's default. */
    private static Optional<String> defaultOf(String key) {
        if (embedded.containsKey(key)) {
            return Optional.of(embedded.get(key));
        }
        JsonNode value = metadata.containsKey(key) ? metadata.get(key).get("defaultValue") : null;
        // an empty list's default (@DefaultValue({})) is written as the text "[]": nothing set
        if (value == null || value.isNull() || "[]".equals(value.asText())) {
            return Optional.empty();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return items.isEmpty() ? Optional.empty() : Optional.of(String.join(",", items));
        }
        return Optional.of(value.asText());
    }

    private static Map<String, Row> rows(List<String> lines) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                // cells are split at | not escaped as \| (a default or meaning may hold one)
                String[] cells = row.group(2).split("(?<!\\\\)\\|");
                assertThat(cells.length).as("a row of %s has key, type, default and meaning: %s", DOC, line).isGreaterThanOrEqualTo(3);
                String key = row.group(1);
                if (rows.put(key, new Row(cells[0].strip().replace("`", ""), cells[1].strip())) != null) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).as("keys documented twice in " + DOC).isEmpty();
        assertThat(rows).as("rows found in " + DOC).hasSizeGreaterThan(100);
        return rows;
    }

    /**
     * Every gateway.* key the main sources read outside {@code @ConfigurationProperties}: {@code ${...}} placeholders
     * ({@code @Value}, nested defaults), {@code getProperty("...")} and {@code getProperty(CONSTANT)} with the
     * constant's text, and the {@code {{...}}} placeholders of the Camel routes and the scaffold's templates.
     */
    private static Map<String, String> keysReadBySources() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        Pattern placeholder = Pattern.compile("\\$\\{(gateway\\.[a-z0-9.-]*[a-z0-9])");
        Pattern literal = Pattern.compile("getProperty\\(\"(gateway\\.[a-z0-9.-]*[a-z0-9])\"");
        Pattern byConstant = Pattern.compile("getProperty\\(([A-Z][A-Z0-9_]*)\\)");
        Pattern camel = Pattern.compile("\\{\\{(gateway\\.[a-z0-9.-]*[a-z0-9])");
        for (Path file : files(Path.of("src", "main", "java"), ".java")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            collect(placeholder, text, file, keys);
            collect(literal, text, file, keys);
            Matcher constant = byConstant.matcher(text);
            while (constant.find()) {
                Matcher declared = Pattern.compile("String " + constant.group(1) + " = \"(gateway\\.[a-z0-9.-]*[a-z0-9])\"").matcher(text);
                if (declared.find()) {
                    keys.putIfAbsent(declared.group(1), file.toString());
                }
            }
        }
        List<Path> routes = new ArrayList<>(files(Path.of("routes"), ".yaml"));
        routes.addAll(files(Path.of("src", "main", "resources", "scaffold"), ""));
        for (Path file : routes) {
            collect(camel, Files.readString(file, StandardCharsets.UTF_8), file, keys);
        }
        return keys;
    }

    private static void collect(Pattern pattern, String text, Path file, Map<String, String> keys) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.putIfAbsent(m.group(1), file.toString());
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
