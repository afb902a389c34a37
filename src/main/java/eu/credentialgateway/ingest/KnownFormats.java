package eu.credentialgateway.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The formats this gateway can convert: one per {@code mappings/<format>.rml.ttl}, with their detection rules. */
final class KnownFormats {
    private final Set<String> formats;
    private final List<DetectionRule> rules;

    private KnownFormats(Set<String> formats, List<DetectionRule> rules) {
        this.formats = formats;
        this.rules = rules;
    }

    static KnownFormats in(Path mappingsDir) {
        Set<String> formats = new TreeSet<>();
        List<DetectionRule> rules = new ArrayList<>();
        if (Files.isDirectory(mappingsDir)) {
            try (Stream<Path> files = Files.list(mappingsDir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".rml.ttl")) {
                        formats.add(name.substring(0, name.length() - ".rml.ttl".length()));
                    } else if (name.endsWith(".detect.properties")) {
                        rules.add(DetectionRule.read(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list adapters in " + mappingsDir, e);
            }
        }
        return new KnownFormats(Set.copyOf(formats), rules.stream().filter(r -> formats.contains(r.format())).toList());
    }

    boolean contains(String format) {
        return formats.contains(format);
    }

    Set<String> names() {
        return new TreeSet<>(formats);
    }

    List<DetectionRule> detectionRules() {
        return rules;
    }
}
