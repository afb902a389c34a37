package eu.credentialgateway.ingest;

import eu.credentialgateway.CredentialId;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.align.AlignProperties;
import eu.credentialgateway.align.AlignStage;
import eu.credentialgateway.check.csv.CsvRowStage;
import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.map.IssuerProperties;
import eu.credentialgateway.map.MapStage;
import eu.credentialgateway.serialise.SerialiseProperties;
import eu.credentialgateway.serialise.SerialiseStage;
import eu.credentialgateway.validate.ValidateProperties;
import eu.credentialgateway.validate.ValidateStage;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * Not a test: converts a generated 10,000-row CSV file and a 10,000-row XLSX workbook of the bulk-issuing
 * template, row by row, through the batch reader and the real conversion stages (row check, map, align,
 * validate, serialise; no disk output, no database), and prints rows/s and the peak heap used. Every 500th
 * row has a bad birth date and must be quarantined alone. Run it with a small heap to show memory stays bounded:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) eu.credentialgateway.ingest.TabularBatchBenchmark 10000
 * </pre>
 */
public final class TabularBatchBenchmark {
    private TabularBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("tabular-bench-");
        Path csv = dir.resolve("batch.csv");
        writeCsv(csv, rows);
        File xlsx = BatchReadersTest.workbook(dir.resolve("batch.xlsx"), rows);
        AdapterCatalog adapters = AdapterCatalog.of(Path.of("."));
        Stages stages = new Stages(adapters);
        System.out.printf("files: CSV %d bytes, XLSX %d bytes, %d data rows each; max heap %d MB%n",
                Files.size(csv), xlsx.length(), rows, Runtime.getRuntime().maxMemory() >> 20);
        run("warm-up (CSV, 500 rows)", stages, new BatchRowsStage(new BatchProperties(500)), writeCsv(dir.resolve("w.csv"), 500).toFile());
        run("CSV", stages, new BatchRowsStage(BatchProperties.defaults()), csv.toFile());
        run("XLSX", stages, new BatchRowsStage(BatchProperties.defaults()), xlsx);
    }

    private static void run(String name, Stages stages, BatchRowsStage reader, File file) throws Exception {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        int converted = 0;
        int quarantined = 0;
        long liveAfterGc = 0;
        Iterator<BatchRow> it = reader.rows(file);
        try {
            while (it.hasNext()) {
                if ((converted + quarantined) % 1000 == 999) {
                    liveAfterGc = Math.max(liveAfterGc, liveHeapMb());
                }
                if (stages.convert(it.next())) {
                    converted++;
                } else {
                    quarantined++;
                }
            }
        } finally {
            ((Closeable) it).close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d converted, %d quarantined in %.1f s = %.1f rows/s; peak heap used %d MB, "
                + "largest live heap after a forced GC (every 1,000 rows) %d MB%n",
                name, converted, quarantined, seconds, (converted + quarantined) / seconds, peakHeapMb(), liveAfterGc);
    }

    private static Path writeCsv(Path path, int rows) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            out.write("learnerId,givenNames,familyName,birthDate,citizenship,title@en,title@fr,title@el,description@en,"
                    + "awardingBodyName@en,awardingBodyId,awardingBodyCountry,awardingDate,startDate,endDate,credits,eqf,iscedF,"
                    + "languageOfInstruction,grade\n");
            for (int r = 1; r <= rows; r++) {
                String birth = r % 500 == 0 ? "2001-02-30" : "2001-03-" + String.format("%02d", 1 + r % 28);
                out.write("INV-" + r + ",Given" + r + ",Family" + r + "," + birth + ",FR|BE,\"Course " + r + ", part A\",Cours " + r
                        + ",Μάθημα " + r + ",\"A course, with \"\"quotes\"\"\",Invented Institute,INV-ORG-1,IE,2025-06-30,2025-02-01,"
                        + "2025-06-20,7.5," + (1 + r % 8) + ",0613|0611,en|fr,B+\n");
            }
        }
        return path;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Heap still reachable after a full collection: what the batch really keeps, unlike the peak the GC lets fill. */
    private static long liveHeapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /** The real stages a row goes through after ingest, without Spring, disk or database. */
    private static final class Stages {
        private final DefaultCamelContext camel = new DefaultCamelContext();
        private final CsvRowStage rowCheck;
        private final MapStage map;
        private final AlignStage align = new AlignStage(new AlignProperties(null), ".");
        private final ValidateStage validate = new ValidateStage(new ValidateProperties(Path.of("ontologies/shapes"), List.of()), ".");
        private final SerialiseStage serialise = new SerialiseStage(new SerialiseProperties(false), ContextDocuments.fromFolder(Path.of("ontologies/context")));

        Stages(AdapterCatalog adapters) throws Exception {
            this.rowCheck = new CsvRowStage(adapters);
            this.map = new MapStage(adapters, IssuerProperties.demo(), Clock.systemUTC());
        }

        /** True when the row became a credential, false when a stage rejected it. */
        boolean convert(BatchRow row) throws Exception {
            Exchange exchange = new DefaultExchange(camel);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(row.csv()));
            exchange.getMessage().setBody(row.csv());
            exchange.getMessage().setHeader(GatewayHeaders.FORMAT, "csv");
            exchange.getMessage().setHeader(GatewayHeaders.ROW, row.number());
            exchange.getMessage().setHeader(GatewayHeaders.CREDENTIAL_ID, CredentialId.of("csv", hash).urn());
            exchange.setProperty(GatewayHeaders.ORIGINAL, row.csv());
            try {
                rowCheck.process(exchange);
                map.process(exchange);
                align.process(exchange);
                validate.process(exchange);
                serialise.process(exchange);
                return exchange.getMessage().getBody(String.class) != null;
            } catch (GatewayException rejected) {
                return false;
            }
        }
    }
}
