package eu.credentialgateway.coverage;

import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.align.AlignProperties;
import eu.credentialgateway.align.AlignStage;
import eu.credentialgateway.align.VocabularyTables;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.CheckStage;
import eu.credentialgateway.map.IssuerProperties;
import eu.credentialgateway.map.MapStage;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.jena.graph.Graph;

/**
 * The {@code coverage} command: for each input file of a format, which value-bearing fields that the format's
 * correspondence table maps to ELM reached the credential (check, map and align stages, as the gateway runs them),
 * per the rules in {@code test-data/<format>/coverage.tsv}.
 *
 * <pre>mvn -q compile exec:java -Dexec.mainClass=eu.credentialgateway.coverage.CoverageCommand \
 *     -Dexec.args="[--details] --format=elmo a.xml b.xml --format=openbadges-v3 c.json"</pre>
 * Each file is measured as the format named before it (elmo when none is). Prints one line per file (values,
 * reached, noted, wrong language, missing, percent), the fields per file with --details (every value not reached,
 * by location, never the value), then one row per format (files, values, reached, noted, lost, percent); see
 * docs/coverage.md. Exit status 0; 2 when a file cannot be read or converted.
 */
public final class CoverageCommand {
    private final String format;
    private final FieldCoverage coverage;
    private final CamelContext camel = new DefaultCamelContext();
    private final CheckStage check;
    private final MapStage map;
    private final AlignStage align;

    public CoverageCommand(Path home, String format) throws java.io.IOException {
        this.format = format;
        this.coverage = new FieldCoverage(CoverageRules.read(CoverageRules.fileOf(home, format)));
        AdapterCatalog adapters = AdapterCatalog.of(home);
        this.check = new CheckStage(CheckProperties.defaults(), adapters);
        this.map = new MapStage(adapters, IssuerProperties.demo(), Clock.systemUTC());
        this.align = new AlignStage(VocabularyTables.load(new AlignProperties(null).vocabDirUnder(home.toString())));
    }

    /** Converts the input as far as the align stage and measures it; a refused input surfaces as GatewayException. */
    public CoverageReport measure(String name, byte[] input) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(input);
        exchange.getMessage().setHeader(GatewayHeaders.FORMAT, format);
        exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, "urn:uuid:" + UUID.randomUUID());
        exchange.setProperty(GatewayHeaders.ORIGINAL, input);
        check.process(exchange);
        byte[] normalised = exchange.getMessage().getBody(byte[].class);
        map.process(exchange);
        Graph mapped = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        exchange.getMessage().getBody(Graph.class).find().forEachRemaining(mapped::add);
        align.process(exchange);
        return coverage.measure(name, normalised, mapped, exchange.getMessage().getBody(Graph.class));
    }

    public static void main(String[] args) throws Exception {
        boolean details = false;
        // files in the order given, each with the --format before it (elmo when none is given)
        Map<String, List<Path>> files = new LinkedHashMap<>();
        String format = "elmo";
        for (String arg : args) {
            if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.equals("--details")) {
                details = true;
            } else {
                files.computeIfAbsent(format, f -> new ArrayList<>()).add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: CoverageCommand [--details] [--format=<format>] <input-file>... [--format=<format> <input-file>...]...");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = 0;
        List<CoverageTotals> table = new ArrayList<>();
        out.println("format\tfile\tvalues\treached\tnoted\twrong-language\tmissing\tcoverage");
        for (Map.Entry<String, List<Path>> group : files.entrySet()) {
            CoverageCommand command = new CoverageCommand(Path.of("."), group.getKey());
            CoverageTotals totals = new CoverageTotals(group.getKey());
            for (Path file : group.getValue()) {
                CoverageReport report;
                try {
                    report = command.measure(file.toString(), Files.readAllBytes(file));
                } catch (GatewayException e) {
                    out.println(group.getKey() + "\t" + file + "\trefused: " + e.findings().get(0).code() + " (" + e.findings().get(0).message() + ")");
                    status = 2;
                    continue;
                }
                totals.add(report);
                out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%.1f%%%n", group.getKey(), file, report.total(),
                        report.count(FieldResult.Status.REACHED), report.count(FieldResult.Status.NOTED),
                        report.count(FieldResult.Status.WRONG_LANGUAGE), report.count(FieldResult.Status.MISSING), report.percent());
                if (details) {
                    report.byField().forEach((field, c) -> out.printf(Locale.ROOT, "  %s\t%d/%d%n", field, c[1], c[0]));
                    report.fields().stream().filter(f -> f.status() != FieldResult.Status.REACHED)
                            .forEach(f -> out.println("    " + f.status().name().toLowerCase(Locale.ROOT).replace('_', '-') + "\t" + f.field() + "\t" + f.location()));
                }
            }
            table.add(totals);
        }
        out.println();
        out.println(CoverageTotals.HEADER);
        table.forEach(t -> out.println(t.row()));
        System.exit(status);
    }
}
