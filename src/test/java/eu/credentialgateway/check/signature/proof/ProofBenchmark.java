package eu.credentialgateway.check.signature.proof;

import eu.credentialgateway.jsonld.ContextDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * CPU time of one proof verification (JSON-LD to RDF with the gateway's contexts, RDFC-1.0 of document and proof
 * options, SHA-256, Ed25519), per document: warm-up, then {@code runs} verifications each, thread CPU time.
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=eu.credentialgateway.check.signature.proof.ProofBenchmark -Dexec.args="200"}
 */
public final class ProofBenchmark {
    private ProofBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path home = Path.of(".");
        DataIntegrityProofs proofs = new DataIntegrityProofs(ContextDocuments.fromHome(home), Duration.ofSeconds(2));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Path> documents = List.of(home.resolve("test-data/openbadges-v3/proof-did-key-signed/input.json"),
                home.resolve("../shared/anchors/formats/openbadges-v3/samples/1edtech-validator/simple.json"),
                home.resolve("../shared/anchors/formats/openbadges-v3/samples/1edtech-spec-examples/Achievement_Alignment.json"),
                home.resolve("../shared/anchors/formats/clr-v2/samples/1edtech-validator/simple.json"));
        for (Path file : documents) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = Files.readString(file);
            JsonObject document = Json.createReader(new StringReader(text)).readObject();
            for (int i = 0; i < runs * 5; i++) {
                proofs.verify(document, "$");
            }
            long start = cpu.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            ProofOutcome.Verdict verdict = null;
            for (int i = 0; i < runs; i++) {
                verdict = proofs.verify(document, "$").get(0).verdict();
            }
            System.out.printf("%-40s %6d bytes  %s  %.2f ms CPU, %.2f ms wall per verification (%d runs)%n",
                    file.getFileName(), text.length(), verdict, (cpu.getCurrentThreadCpuTime() - start) / 1e6 / runs,
                    (System.nanoTime() - wall) / 1e6 / runs, runs);
        }
    }
}
