package eu.credentialgateway.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scaffold command: writes a new adapter's files into an adapters folder, from templates that map a
 * small example document into a valid credential, so an integrator starts from something that converts.
 *
 * <pre>mvn -q compile exec:java -Dexec.mainClass=eu.credentialgateway.adapter.ScaffoldAdapter -Dexec.args="&lt;format&gt; &lt;json|xml|csv&gt; [folder]"</pre>
 * A csv adapter's route splits a file row by row ({@code direct:tabular-batch}); its example is a header and one row.
 * It never overwrites a file. The folder defaults to the current one (the gateway home); point
 * {@code gateway.adapters.dir} at another folder to keep adapters apart from the gateway's own.
 */
public final class ScaffoldAdapter {
    /** Template (under classpath scaffold/) -> file written, per kind; {@code @format@} in names and texts is replaced. */
    private static final Map<String, String> FILES = Map.of(
            "adapter.properties", "mappings/@format@.adapter.properties",
            "mapping.rml.ttl", "mappings/@format@.rml.ttl",
            "route.yaml", "routes/@format@.yaml",
            "input.@ext@", "test-data/@format@/example/input.@ext@");

    private ScaffoldAdapter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ScaffoldAdapter <format> <json|xml|csv> [folder]");
            System.exit(2);
        }
        List<Path> written = write(args[0], args[1], Path.of(args.length > 2 ? args[2] : "."));
        written.forEach(file -> System.out.println("wrote " + file));
        System.out.println("next: edit the mapping, then write test-data/" + args[0]
                + "/example/expected.ttl with: mvn -q test -Dtest=AdapterCasesTest -Dgateway.regenerate=" + args[0] + "/example"
                + " (add -Dgateway.adapters.dir=<folder> when it is not the gateway home) and review it; until then the"
                + " example's case fails, as any case folder without expected.ttl or expected-errors.json does");
    }

    /** Writes the adapter's files under {@code folder}; returns them in a stable order. */
    public static List<Path> write(String format, String kind, Path folder) throws IOException {
        if (!format.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("a format name is 1-40 lower-case letters, digits, - or _, starting with a letter or digit");
        }
        String ext = switch (kind) {
            case "json" -> "json";
            case "xml" -> "xml";
            case "csv" -> "csv";
            default -> throw new IllegalArgumentException("the scaffold knows the kinds json, xml and csv, not '" + kind + "'");
        };
        String capitalised = format.substring(0, 1).toUpperCase(Locale.ROOT) + format.substring(1).replaceAll("[-_]", "");
        List<Path> written = new ArrayList<>();
        for (String template : FILES.keySet().stream().sorted().toList()) {
            String name = template.replace("@ext@", ext);
            String text = template.startsWith("mapping") ? read("scaffold/mapping-prefixes.ttl") + "\n" + read("scaffold/" + kind + "/" + name)
                    : read("scaffold/" + kind + "/" + name);
            Path target = folder.resolve(FILES.get(template).replace("@format@", format).replace("@ext@", ext));
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "the scaffold never overwrites a file");
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, text.replace("@format@", format).replace("@Format@", capitalised), StandardCharsets.UTF_8);
            written.add(target);
        }
        return written;
    }

    private static String read(String resource) {
        try (InputStream in = ScaffoldAdapter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("scaffold template missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
