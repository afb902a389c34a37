package eu.credentialgateway.adapter;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One input format the gateway converts, described by data alone (no Java): its
 * {@code mappings/<format>.adapter.properties}, its RML mapping {@code mappings/<format>.rml.ttl},
 * its routes ({@code routes/<format>.yaml}) and its cases ({@code test-data/<format>/}), all under one
 * adapter root (the gateway home or {@code gateway.adapters.dir}).
 *
 * @param format     the format's name: file names, {@code ?format=}, header {@code GatewayFormat}
 * @param kind       how the check stage parses and normalises it
 * @param mediaType  what the original is ({@code media-type}), e.g. {@code application/xml}
 * @param title      the format's name for people ({@code title}, default the format), e.g. "EMREX ELMO"
 * @param root       the folder holding {@code routes/}, {@code mappings/} and {@code test-data/}
 * @param detection  how to recognise a document of this format when the caller names none
 * @param properties every entry of the adapter.properties file, trimmed
 */
public record Adapter(String format, Kind kind, String mediaType, String title, Path root,
                      Detection detection, Map<String, String> properties) {

    /** How the check stage reads a format. */
    public enum Kind {
        XML, JSON, CSV;

        /** The name used in adapter.properties ({@code kind=xml}). */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Adapter {
        properties = Map.copyOf(properties);
    }

    /** {@code mappings/<format>.rml.ttl} of this adapter. */
    public Path mapping() {
        return root.resolve("mappings").resolve(format + ".rml.ttl");
    }

    /** {@code mappings/<format>.adapter.properties} of this adapter. */
    public Path descriptor() {
        return root.resolve("mappings").resolve(format + AdapterCatalog.DESCRIPTOR_SUFFIX);
    }

    /** {@code test-data/<format>/}: one sub-folder per case (it may not exist). */
    public Path testData() {
        return root.resolve("test-data").resolve(format);
    }

    /** An entry of adapter.properties, e.g. {@code option("check.max-depth")}. */
    public Optional<String> option(String key) {
        return Optional.ofNullable(properties.get(key)).filter(v -> !v.isEmpty());
    }

    /** An integer entry of adapter.properties, or the fallback when it is absent. */
    public int intOption(String key, int fallback) {
        return option(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(descriptor() + ": " + key + " must be a whole number", e);
            }
        }).orElse(fallback);
    }
}
