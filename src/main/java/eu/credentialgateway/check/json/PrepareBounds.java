package eu.credentialgateway.check.json;

import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON check's bounds (nesting depth, string and document length, duplicate keys, UTF-8) applied BEFORE the
 * check stage, by the prepare steps that read the body themselves (gateway:jsonRules, gateway:jwsSignature): they
 * run right after ingest, so without this a deeply nested or oversized body would reach their JSONPath scans
 * unbounded. A body out of bounds is left alone: the check stage then rejects it with its own codes and locations.
 */
public final class PrepareBounds {
    private final Map<String, JsonCheck> checks = new HashMap<>();

    public PrepareBounds(AdapterCatalog adapters, CheckProperties properties) {
        for (Adapter adapter : adapters.all()) {
            if (adapter.kind() == Adapter.Kind.JSON) {
                checks.put(adapter.format(), new JsonCheck(adapter, properties));
            }
        }
    }

    /** True when the body parses within the JSON check's bounds of this format (unknown or non-JSON format: false). */
    public boolean within(String format, byte[] body) {
        JsonCheck check = format == null ? null : checks.get(format);
        return check != null && check.parsesWithinBounds(body);
    }
}
