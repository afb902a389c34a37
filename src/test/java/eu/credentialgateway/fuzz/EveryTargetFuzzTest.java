package eu.credentialgateway.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.credentialgateway.check.csv.CsvRowFuzzTest;
import eu.credentialgateway.check.json.JsonCheckFuzzTest;
import eu.credentialgateway.check.signature.JwsFuzzTest;
import eu.credentialgateway.check.signature.proof.CanonicalisationFuzzTest;
import eu.credentialgateway.check.xml.XmlCheckFuzzTest;
import eu.credentialgateway.ingest.TabularBatchFuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All six fuzz targets behind one {@code @FuzzTest}, so that {@code mvn verify} fuzzes every target in one JVM: Jazzer
 * fuzzes one {@code @FuzzTest} per JVM and each JVM spends most of its time starting (Jazzer scans the whole class
 * path for its hooks), which six JVMs cannot afford in every build. The first byte of an input picks the target (modulo
 * six), the rest is that target's input; the seeds are every target's committed inputs and seeds with their byte in
 * front. A finding here is reproduced on its own target by dropping the first byte.
 */
class EveryTargetFuzzTest {
    private record Target(String name, Class<?> fuzzTest, Consumer<byte[]> run, Supplier<Stream<Arguments>> seeds) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("xml", XmlCheckFuzzTest.class, XmlCheckFuzzTest::run, XmlCheckFuzzTest::xmlCases),
            new Target("json", JsonCheckFuzzTest.class, JsonCheckFuzzTest::run, JsonCheckFuzzTest::jsonCases),
            new Target("csv-row", CsvRowFuzzTest.class, CsvRowFuzzTest::run, CsvRowFuzzTest::csvCases),
            new Target("tabular", TabularBatchFuzzTest.class, TabularBatchFuzzTest::run, EveryTargetFuzzTest::batchFiles),
            new Target("jws", JwsFuzzTest.class, JwsFuzzTest::run, JwsFuzzTest::jwsCases),
            new Target("canonicalisation", CanonicalisationFuzzTest.class, CanonicalisationFuzzTest::run,
                    CanonicalisationFuzzTest::proofCases));

    @BeforeAll
    static void targets() throws IOException {
        XmlCheckFuzzTest.checks();
        JsonCheckFuzzTest.checks();
        CsvRowFuzzTest.checks();
        TabularBatchFuzzTest.template();
        JwsFuzzTest.stages();
        CanonicalisationFuzzTest.verifier();
    }

    @AfterAll
    static void cleanUp() throws IOException {
        TabularBatchFuzzTest.cleanUp();
    }

    /** Each target's seeds and committed inputs, its byte in front. */
    static Stream<Arguments> everyTargetsInputs() {
        return IntStream.range(0, TARGETS.size()).boxed().flatMap(i -> {
            Target target = TARGETS.get(i);
            Stream<Arguments> seeds = target.seeds().get().map(a -> (Named<?>) a.get()[0])
                    .map(n -> Arguments.of(Named.of(target.name() + ": " + n.getName(), prefixed(i, (byte[]) n.getPayload()))));
            Stream<Arguments> inputs = committedInputs(target.fuzzTest()).map(file ->
                    Arguments.of(Named.of(target.name() + ": " + file.getFileName(), prefixed(i, read(file)))));
            return Stream.concat(seeds, inputs);
        });
    }

    @MethodSource("everyTargetsInputs")
    @FuzzTest(maxDuration = "30s")
    void everyTargetAnswersOrRefuses(byte[] input) {
        if (input.length == 0) {
            return;
        }
        TARGETS.get(Byte.toUnsignedInt(input[0]) % TARGETS.size()).run().accept(Arrays.copyOfRange(input, 1, input.length));
    }

    private static Stream<Arguments> batchFiles() {
        try {
            return TabularBatchFuzzTest.batchFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of the target's inputs folder (its one {@code @FuzzTest}'s), as Jazzer replays them. */
    private static Stream<Path> committedInputs(Class<?> fuzzTest) {
        URL folder = fuzzTest.getResource(fuzzTest.getSimpleName() + "Inputs");
        if (folder == null) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(Path.of(folder.toURI()), 2)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] prefixed(int target, byte[] bytes) {
        byte[] input = new byte[bytes.length + 1];
        input[0] = (byte) target;
        System.arraycopy(bytes, 0, input, 1, bytes.length);
        return input;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
