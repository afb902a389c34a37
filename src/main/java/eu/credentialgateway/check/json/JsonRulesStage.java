package eu.credentialgateway.check.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:jsonRules}, called from a JSON format's {@code direct:<format>-prepare} route: checks the body
 * against {@code mappings/<format>.rules.properties} (see {@link JsonRules}) of the gateway home and of
 * {@code gateway.adapters.dir}. Rule hits reject the input with every finding (stage check); note rules become
 * notes. A format without a rules file, and a body that is not JSON or breaks the JSON check's bounds
 * ({@link PrepareBounds}: the check stage reports it), pass through.
 */
@Component("jsonRulesStage")
public class JsonRulesStage implements Processor {
    static final String SUFFIX = ".rules.properties";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build());
    }

    private final Map<String, JsonRules> byFormat;
    private final Clock clock;

    private final PrepareBounds bounds;

    @Autowired
    public JsonRulesStage(AdapterCatalog adapters, CheckProperties properties, Clock clock) {
        this(adapters.roots(), new PrepareBounds(adapters, properties), clock);
    }

    JsonRulesStage(List<Path> roots, PrepareBounds bounds, Clock clock) {
        this.bounds = bounds;
        Map<String, JsonRules> found = new TreeMap<>();
        for (Path root : roots) {
            Path mappings = root.resolve("mappings");
            if (!Files.isDirectory(mappings)) {
                continue;
            }
            try (Stream<Path> files = Files.list(mappings)) {
                files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().forEach(f -> {
                    String name = f.getFileName().toString();
                    found.putIfAbsent(name.substring(0, name.length() - SUFFIX.length()), JsonRules.read(f));
                });
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + mappings, e);
            }
        }
        this.byFormat = Map.copyOf(found);
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        String format = exchange.getMessage().getHeader(GatewayHeaders.FORMAT, String.class);
        JsonRules rules = format == null ? null : byFormat.get(format);
        byte[] body = exchange.getMessage().getBody(byte[].class);
        if (rules == null || body == null || !bounds.within(format, body)) {
            return; // no rules, or a body the check stage rejects with its own codes (bounds, syntax)
        }
        JsonNode document;
        try {
            document = JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (document == null || !(document.isObject() || document.isArray())) {
            return;
        }
        for (JsonNode element : document.isArray() ? document : List.of(document)) {
            if (!element.isObject()) {
                return; // not a body of documents (a million numbers): the check stage refuses it once, as not-an-object
            }
        }
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Finding> problems = eu.credentialgateway.Findings.collector();
        List<Finding> notes = eu.credentialgateway.Findings.collector();
        for (Finding finding : rules.check(document, now)) {
            (rules.isNote(finding.code()) ? notes : problems).add(finding);
        }
        Notes.add(exchange, notes);
        if (!problems.isEmpty()) {
            throw new GatewayException(Rejection.INVALID, problems);
        }
    }
}
