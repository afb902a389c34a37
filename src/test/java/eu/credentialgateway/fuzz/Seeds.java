package eu.credentialgateway.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seed inputs of the fuzz targets from the adapters' own cases ({@code test-data/<format>/<case>/input.*}): in
 * regression mode each runs as one invocation, in fuzzing mode Jazzer starts from them. Only small files (libFuzzer
 * mutates inputs up to the largest seed), so they are read where they are rather than copied into the corpus.
 */
public final class Seeds {
    /** Largest case file used as a seed. */
    public static final int MAX_BYTES = 8_192;

    private Seeds() {
    }

    /** The input files of every case of these formats, as they are. */
    public static Stream<Arguments> cases(String... formats) {
        return cases(bytes -> bytes, formats);
    }

    /** The input files of every case of these formats, each turned into a seed by {@code seed}. */
    public static Stream<Arguments> cases(Function<byte[], byte[]> seed, String... formats) {
        return Stream.of(formats).flatMap(Seeds::inputs)
                .map(file -> Arguments.of(Named.of(Path.of("test-data").relativize(file).toString(), seed.apply(read(file)))));
    }

    private static Stream<Path> inputs(String format) {
        Path folder = Path.of("test-data", format);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no cases in " + folder.toAbsolutePath() + " (run the tests from the project folder)");
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(f -> f.getFileName().toString().startsWith("input.") && Files.isRegularFile(f))
                    .filter(f -> size(f) <= MAX_BYTES).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
