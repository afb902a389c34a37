package eu.credentialgateway.check.xml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.FormatCheck;
import eu.credentialgateway.check.elmo.ElmoCheck;
import eu.credentialgateway.check.signature.XadesSealStage;
import eu.credentialgateway.fuzz.FuzzContract;
import eu.credentialgateway.fuzz.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes what an XML input meets before mapping, in the pipeline's order: the XAdES seal check of {@code edc-xml}
 * ({@link XadesSealStage}), then the check and normalisation of ELMO ({@link ElmoCheck}) and of the generic XML adapter
 * {@code edc-xml} ({@link XmlCheck}). For any bytes each answers or refuses with specific codes, within the time
 * limit (libFuzzer's {@code -timeout}, set in the pom); a normalised document is well-formed XML again (the mappings
 * read it).
 */
public class XmlCheckFuzzTest {
    private static final String UUID = "3f2c1a5e-0000-4000-8000-00000000f022";
    private static final Duration SEAL_BUDGET = Duration.ofSeconds(5);
    private static DefaultCamelContext camel;
    private static XadesSealStage seal;
    private static ElmoCheck elmo;
    private static XmlCheck edcXml;
    private static SecureXmlParser reparse;

    @BeforeAll
    public static void checks() {
        CheckProperties properties = CheckProperties.defaults().withSignatureTimeBudget(SEAL_BUDGET);
        camel = new DefaultCamelContext();
        seal = new XadesSealStage(properties);
        elmo = new ElmoCheck(properties);
        edcXml = new XmlCheck(AdapterCatalog.of(Path.of(".")).find("edc-xml").orElseThrow(), properties);
        reparse = new SecureXmlParser(properties.maxDepth() + 1);
        // classes loaded and JIT warmed here, so the per-input time limit measures the input alone
        run("<elmo/>".getBytes(StandardCharsets.UTF_8));
    }

    public static Stream<Arguments> xmlCases() {
        return Seeds.cases("elmo", "edc-xml");
    }

    @MethodSource("xmlCases")
    @FuzzTest(maxDuration = "10s")
    void xmlIsCheckedOrRefused(byte[] body) {
        run(body);
    }

    public static void run(byte[] body) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(body);
        try {
            seal.process(exchange);
        } catch (GatewayException refused) {
            FuzzContract.specificRefusal(refused);
            if (refused.findings().stream().anyMatch(f -> f.code().equals("seal-check-failed") || f.code().equals("seal-check-timeout"))) {
                throw new AssertionError("a seal check of " + body.length + " bytes failed or ran over " + SEAL_BUDGET, refused);
            }
        }
        checked(elmo.check(body, UUID, null));
        checked(edcXml.check(body, UUID, null));
    }

    private static void checked(FormatCheck.Result result) {
        FuzzContract.specificFindings(result.findings());
        FuzzContract.specificFindings(result.notes());
        if (result.findings().isEmpty()) {
            if (result.normalised() == null) {
                throw new AssertionError("no findings and no normalised document");
            }
            SecureXmlParser.Parsed again = reparse.parse(new String(result.normalised(), StandardCharsets.UTF_8));
            if (again.failure() != null) {
                throw new AssertionError("the normalised document is not well-formed: " + again.failure());
            }
        } else if (result.normalised() != null) {
            throw new AssertionError("findings " + result.findings() + " and a normalised document");
        }
    }
}
