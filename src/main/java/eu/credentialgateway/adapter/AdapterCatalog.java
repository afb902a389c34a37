package eu.credentialgateway.adapter;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every adapter the gateway found at start: each {@code mappings/<format>.adapter.properties} in the gateway
 * home and in {@code gateway.adapters.dir} (an unset or missing folder is fine). A format may be defined
 * once only; its {@code mappings/<format>.rml.ttl} must sit next to its adapter.properties.
 */
@Component
public class AdapterCatalog {
    static final String DESCRIPTOR_SUFFIX = ".adapter.properties";
    private static final Logger LOG = LoggerFactory.getLogger(AdapterCatalog.class);

    private final List<Path> roots;
    private final Map<String, Adapter> adapters;

    @Autowired
    public AdapterCatalog(@Value("${gateway.home:.}") String home, @Value("${gateway.adapters.dir:}") String adaptersDir) {
        this(adaptersDir == null || adaptersDir.isBlank() ? List.of(Path.of(home)) : List.of(Path.of(home), Path.of(adaptersDir)));
    }

    /** The adapters under these roots (each holding {@code mappings/}, {@code routes/}, {@code test-data/}). */
    public AdapterCatalog(List<Path> roots) {
        this.roots = distinct(roots);
        Map<String, Adapter> found = new TreeMap<>();
        for (Path root : this.roots) {
            for (Adapter adapter : readAll(root)) {
                Adapter earlier = found.putIfAbsent(adapter.format(), adapter);
                if (earlier != null) {
                    throw new IllegalStateException("format '" + adapter.format() + "' is defined twice: in " + earlier.root()
                            + " and in " + adapter.root() + " (remove one, or give it another name)");
                }
            }
        }
        this.adapters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(found));
        LOG.info("adapters: {}", adapters.values().stream().map(a -> a.format() + " (" + a.kind().id() + ", " + a.root() + ")")
                .collect(Collectors.joining(", ")));
    }

    /** The adapters under one or more roots, for code running without Spring. */
    public static AdapterCatalog of(Path... roots) {
        return new AdapterCatalog(Arrays.asList(roots));
    }

    /** The adapter of a format, if there is one. */
    public Optional<Adapter> find(String format) {
        return format == null ? Optional.empty() : Optional.ofNullable(adapters.get(format));
    }

    public boolean contains(String format) {
        return format != null && adapters.containsKey(format);
    }

    /** Every format name, sorted. */
    public Set<String> formats() {
        return new TreeSet<>(adapters.keySet());
    }

    /** Every adapter, sorted by format. */
    public List<Adapter> all() {
        return List.copyOf(adapters.values());
    }

    /** The folders adapters were looked for in, the gateway home first. */
    public List<Path> roots() {
        return roots;
    }

    private static List<Path> distinct(List<Path> roots) {
        List<Path> result = new ArrayList<>();
        Set<Path> seen = new java.util.HashSet<>();
        for (Path root : roots) {
            Path normal = root.toAbsolutePath().normalize();
            if (seen.add(normal)) {
                result.add(root);
            }
        }
        return List.copyOf(result);
    }

    private static List<Adapter> readAll(Path root) {
        Path mappings = root.resolve("mappings");
        if (!Files.isDirectory(mappings)) {
            return List.of();
        }
        List<Adapter> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(mappings)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(DESCRIPTOR_SUFFIX)).sorted().toList()) {
                result.add(read(root, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the adapters in " + mappings, e);
        }
        return result;
    }

    static Adapter read(Path root, Path file) throws IOException {
        String name = file.getFileName().toString();
        String format = name.substring(0, name.length() - DESCRIPTOR_SUFFIX.length());
        if (!format.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
            throw new IllegalStateException(file + ": a format name is 1-40 lower-case letters, digits, '-' or '_'");
        }
        // UTF-8, as every other file of an adapter: Properties.load(InputStream) would read ISO-8859-1 and turn a
        // title such as "Relevé de notes" into mojibake in every credential's display and evidence
        Properties raw = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(in);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + ": not UTF-8 text (adapter files are read as UTF-8)", e);
        }
        Map<String, String> properties = new TreeMap<>();
        raw.stringPropertyNames().forEach(key -> properties.put(key, raw.getProperty(key).trim()));
        Adapter.Kind kind = kindOf(file, properties.get("kind"));
        String mediaType = properties.getOrDefault("media-type", defaultMediaType(kind));
        Detection detection = new Detection(
                properties.getOrDefault("xml.root", ""),
                words(properties.getOrDefault("xml.namespaces", Detection.NO_NAMESPACE)).stream()
                        .map(ns -> Detection.NO_NAMESPACE.equals(ns) ? "" : ns).collect(Collectors.toSet()),
                Set.copyOf(words(properties.get("json.types"))),
                words(properties.get("json.contexts")),
                Set.copyOf(words(properties.get("csv.header"))),
                delimiter(file, properties.getOrDefault("csv.delimiter", ",")));
        Adapter adapter = new Adapter(format, kind, mediaType, properties.getOrDefault("title", format), root, detection, properties);
        if (!Files.isRegularFile(adapter.mapping())) {
            throw new IllegalStateException(file + ": the adapter has no mapping " + adapter.mapping());
        }
        return adapter;
    }

    private static Adapter.Kind kindOf(Path file, String kind) {
        if (kind == null || kind.isEmpty()) {
            throw new IllegalStateException(file + ": kind= is missing (xml, json or csv)");
        }
        try {
            return Adapter.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": kind=" + kind + " is not one of xml, json, csv", e);
        }
    }

    private static String defaultMediaType(Adapter.Kind kind) {
        return switch (kind) {
            case XML -> "application/xml";
            case JSON -> "application/json";
            case CSV -> "text/csv";
        };
    }

    private static char delimiter(Path file, String value) {
        String text = "\\t".equals(value) ? "\t" : value;
        if (text.length() != 1) {
            throw new IllegalStateException(file + ": csv.delimiter must be one character (or \\t)");
        }
        return text.charAt(0);
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }
}
