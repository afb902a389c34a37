package eu.credentialgateway.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.credentialgateway.Finding;
import eu.credentialgateway.OutputProfile;
import eu.credentialgateway.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The official JSON Schemas the EBSI and OB 3.0 forms must pass, read from files the operator names (the
 * gateway ships none: {@code gateway.profile.ebsi-schema}, {@code gateway.profile.ob3-schema}), parsed once and
 * shared (a compiled schema validates on any number of threads). Strictly offline: every {@code $ref} to another
 * document is served from a file next to the schema (the EBSI EDC schema's {@code ./vcdm2.0-attestation-schema/schema.json}
 * from {@code vcdm2.0-attestation-schema/schema.json} or {@code vcdm2.0-attestation-schema.json} beside it); a
 * reference with no local file fails the start instead of being fetched. Formats ({@code date-time}, {@code uri})
 * are asserted, not just annotated.
 */
public final class ProfileSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<OutputProfile, JsonSchema> schemas;

    private ProfileSchemas(Map<OutputProfile, JsonSchema> schemas) {
        this.schemas = schemas;
    }

    /** No schema: nothing is checked. */
    public static ProfileSchemas none() {
        return new ProfileSchemas(Map.of());
    }

    /** The EBSI Europass EDC schema and the OB 3.0 AchievementCredential schema; either may be null (not checked). */
    public static ProfileSchemas load(Path ebsiSchema, Path ob3Schema) {
        Map<OutputProfile, JsonSchema> schemas = new EnumMap<>(OutputProfile.class);
        if (ebsiSchema != null) {
            schemas.put(OutputProfile.EBSI_JWT, compile(ebsiSchema));
        }
        if (ob3Schema != null) {
            schemas.put(OutputProfile.OB3, compile(ob3Schema));
        }
        return new ProfileSchemas(Map.copyOf(schemas));
    }

    /** True when {@code profile}'s form is checked against a schema. */
    public boolean checks(OutputProfile profile) {
        return schemas.containsKey(profile);
    }

    /**
     * What keeps {@code document} from passing {@code profile}'s schema (stage serialise, code
     * {@code <profile>-schema-<keyword>}, location = JSON path of the offending value); empty when it passes or
     * no schema is configured. Messages name keys and schema rules, never values.
     */
    public List<Finding> check(OutputProfile profile, JsonNode document) {
        JsonSchema schema = schemas.get(profile);
        if (schema == null) {
            return List.of();
        }
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(document));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()).thenComparing(ValidationMessage::getType));
        List<Finding> findings = new ArrayList<>();
        for (ValidationMessage message : messages) {
            findings.add(new Finding(Stage.SERIALISE, profile.id() + "-schema-" + message.getType(),
                    "the " + profile.id() + " form does not pass its JSON Schema: " + withoutLocation(message), message.getInstanceLocation().toString()));
        }
        return findings;
    }

    private static String withoutLocation(ValidationMessage message) {
        String text = message.getMessage();
        String location = message.getInstanceLocation().toString();
        return text.startsWith(location + ": ") ? text.substring(location.length() + 2) : text;
    }

    private static JsonSchema compile(Path file) {
        JsonNode schema = read(file);
        String id = schema.path("$id").asText(file.toAbsolutePath().toUri().toString());
        Map<String, Path> local = new HashMap<>();
        collectReferences(schema, URI.create(id), file.toAbsolutePath().getParent(), local);
        local.put(canonical(id), file);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(versionOf(schema), builder -> builder
                .schemaLoaders(loaders -> loaders.values(list -> {
                    list.clear();
                    list.add(iri -> {
                        Path served = local.get(canonical(iri.toString()));
                        if (served == null) {
                            throw new IllegalStateException("the JSON Schema " + file + " refers to " + iri
                                    + ", which has no local copy (nothing is fetched)");
                        }
                        return () -> Files.newInputStream(served);
                    });
                })));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .preloadJsonSchema(false)
                .build();
        JsonSchema compiled = factory.getSchema(SchemaLocation.of(id), config);
        return compiled;
    }

    /** Maps every {@code $ref} to another document to a file beside {@code folder}, following those files' own references. */
    private static void collectReferences(JsonNode node, URI base, Path folder, Map<String, Path> local) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
                String relative = ref.asText().replaceFirst("#.*$", "");
                String iri = canonical(base.resolve(relative).toString());
                if (!local.containsKey(iri)) {
                    Path file = localCopy(folder, relative);
                    local.put(iri, file);
                    collectReferences(read(file), URI.create(iri), file.getParent(), local);
                }
            }
            node.forEach(child -> collectReferences(child, base, folder, local));
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, base, folder, local));
        }
    }

    /** One spelling per IRI: Java's URI writes {@code file:///x} as {@code file:/x} once resolved. */
    private static String canonical(String iri) {
        return iri.replaceFirst("^file:/+", "file:///");
    }

    private static Path localCopy(Path folder, String relative) {
        Path nested = folder.resolve(relative).normalize();
        if (Files.isRegularFile(nested)) {
            return nested;
        }
        Path asFile = nested.getParent() == null ? null : nested.getParent().resolveSibling(nested.getParent().getFileName() + ".json");
        if (asFile != null && Files.isRegularFile(asFile)) {
            return asFile;
        }
        throw new IllegalStateException("no local copy of the referenced JSON Schema " + relative + " in " + folder
                + " (looked for " + nested + (asFile == null ? "" : " and " + asFile) + "); nothing is fetched");
    }

    private static SpecVersion.VersionFlag versionOf(JsonNode schema) {
        String dialect = schema.path("$schema").asText("");
        if (dialect.contains("2019-09")) {
            return SpecVersion.VersionFlag.V201909;
        }
        if (dialect.contains("draft-07")) {
            return SpecVersion.VersionFlag.V7;
        }
        return SpecVersion.VersionFlag.V202012;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON Schema " + file, e);
        }
    }
}
