package eu.credentialgateway.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to recognise one format without the caller naming it: an adapter's {@code mappings/<format>.detect.properties}.
 * For XML: {@code xml.root} (local name of the root element) and {@code xml.namespaces} (space-separated;
 * {@code -} stands for "no namespace").
 */
record DetectionRule(String format, String xmlRoot, Set<String> xmlNamespaces) {
    static final String NO_NAMESPACE = "-";

    static DetectionRule read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String format = name.substring(0, name.indexOf('.'));
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        Set<String> namespaces = Arrays.stream(properties.getProperty("xml.namespaces", NO_NAMESPACE).trim().split("\\s+"))
                .map(ns -> NO_NAMESPACE.equals(ns) ? "" : ns)
                .collect(Collectors.toUnmodifiableSet());
        return new DetectionRule(format, properties.getProperty("xml.root", "").trim(), namespaces);
    }

    boolean matchesXml(String rootLocalName, String rootNamespace) {
        return xmlRoot.equals(rootLocalName) && xmlNamespaces.contains(rootNamespace == null ? "" : rootNamespace);
    }
}
