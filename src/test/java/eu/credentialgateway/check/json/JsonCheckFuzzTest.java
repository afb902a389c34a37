package eu.credentialgateway.check.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.FormatCheck;
import eu.credentialgateway.fuzz.FuzzContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes what a JSON input meets before mapping, for every JSON adapter (Open Badges 2.0 and 3.0, CLR 2.0): the
 * structure rules of {@code mappings/<format>.rules.properties} ({@link JsonRulesStage}), then the bounded parse,
 * check and normalisation ({@link JsonCheck}). For any bytes each answers or refuses with specific codes; a normalised
 * document is JSON again.
 */
public class JsonCheckFuzzTest {
    private static final String UUID = "3f2c1a5e-0000-4000-8000-00000000f035";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonCheck> CHECKS = new LinkedHashMap<>();
    private static DefaultCamelContext camel;
    private static JsonRulesStage rules;

    @BeforeAll
    public static void checks() {
        AdapterCatalog adapters = AdapterCatalog.of(Path.of("."));
        CheckProperties properties = CheckProperties.defaults();
        for (Adapter adapter : adapters.all()) {
            if (adapter.kind() == Adapter.Kind.JSON) {
                CHECKS.put(adapter.format(), new JsonCheck(adapter, properties));
            }
        }
        camel = new DefaultCamelContext();
        rules = new JsonRulesStage(adapters, properties, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        run("{\"type\": \"Assertion\"}".getBytes(StandardCharsets.UTF_8));
    }

    public static Stream<Arguments> jsonCases() {
        return eu.credentialgateway.fuzz.Seeds.cases("openbadges-v2", "openbadges-v3", "clr-v2");
    }

    @MethodSource("jsonCases")
    @FuzzTest(maxDuration = "10s")
    void jsonIsCheckedOrRefused(byte[] body) {
        run(body);
    }

    public static void run(byte[] body) {
        for (Map.Entry<String, JsonCheck> check : CHECKS.entrySet()) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, check.getKey());
            exchange.getMessage().setBody(body);
            try {
                rules.process(exchange);
            } catch (GatewayException refused) {
                FuzzContract.specificRefusal(refused);
            }
            checked(check.getValue().check(body, UUID, null));
        }
    }

    private static void checked(FormatCheck.Result result) {
        FuzzContract.specificFindings(result.findings());
        FuzzContract.specificFindings(result.notes());
        if (result.findings().isEmpty()) {
            try {
                if (result.normalised() == null || !JSON.readTree(result.normalised()).isObject()) {
                    throw new AssertionError("no findings and no normalised JSON object");
                }
            } catch (IOException e) {
                throw new AssertionError("the normalised document is not JSON", e);
            }
        } else if (result.normalised() != null) {
            throw new AssertionError("findings " + result.findings() + " and a normalised document");
        }
    }
}
