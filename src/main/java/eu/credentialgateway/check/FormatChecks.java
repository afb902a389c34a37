package eu.credentialgateway.check;

import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.csv.CsvCheck;
import eu.credentialgateway.check.elmo.ElmoCheck;
import eu.credentialgateway.check.json.JsonCheck;
import eu.credentialgateway.check.xml.XmlCheck;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which check each adapter gets: the format-specific check its adapter.properties names in {@value #NORMALISER}
 * (ELMO's, {@code check.normaliser=elmo}), else the generic check of its kind. The adapter's configuration chooses,
 * so no generic code compares format names and a second format may reuse a specific check by naming it.
 */
final class FormatChecks {
    /** The adapter.properties key naming a format-specific check instead of the generic one of the adapter's kind. */
    static final String NORMALISER = "check.normaliser";

    /** A format-specific check and the kind of input it reads. */
    private record Specific(Adapter.Kind kind, Function<CheckProperties, FormatCheck> check) {
    }

    private static final Map<String, Specific> SPECIFIC = Map.of(
            ElmoCheck.NORMALISER, new Specific(Adapter.Kind.XML, ElmoCheck::new));

    private FormatChecks() {
    }

    /**
     * Every adapter's check by its format.
     *
     * @throws IllegalStateException when an adapter names a check that does not exist or reads another kind, naming
     *                               its adapter.properties (the gateway does not start)
     */
    static Map<String, FormatCheck> of(AdapterCatalog adapters, CheckProperties properties) {
        Map<String, FormatCheck> checks = new HashMap<>();
        for (Adapter adapter : adapters.all()) {
            Optional<String> named = adapter.option(NORMALISER);
            checks.put(adapter.format(), named.isPresent() ? specific(adapter, named.get(), properties) : generic(adapter, properties));
        }
        return Map.copyOf(checks);
    }

    private static FormatCheck generic(Adapter adapter, CheckProperties properties) {
        return switch (adapter.kind()) {
            case XML -> new XmlCheck(adapter, properties);
            case JSON -> new JsonCheck(adapter, properties);
            case CSV -> new CsvCheck(adapter);
        };
    }

    private static FormatCheck specific(Adapter adapter, String name, CheckProperties properties) {
        Specific specific = SPECIFIC.get(name);
        if (specific == null) {
            throw new IllegalStateException(adapter.descriptor() + ": " + NORMALISER + "=" + name
                    + " names no format-specific check; known: " + String.join(", ", new TreeSet<>(SPECIFIC.keySet())));
        }
        if (specific.kind() != adapter.kind()) {
            throw new IllegalStateException(adapter.descriptor() + ": " + NORMALISER + "=" + name + " reads "
                    + specific.kind().id() + " input, but the adapter's kind is " + adapter.kind().id());
        }
        return specific.check().apply(properties);
    }
}
