package eu.credentialgateway.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code test-data/hostile/manifest.tsv}: per case what the gateway must answer. Columns (tab-separated): case, format,
 * endpoint, status, code, known-failure (empty, or why the gateway does not answer so yet); {@code #} starts a comment.
 */
final class Manifest {
    static final Path FILE = Path.of("test-data", "hostile", "manifest.tsv");

    /** One expected answer. */
    record Expected(String name, String format, String endpoint, int status, String code, String knownFailure) {
        boolean control() {
            return status == 200 && "-".equals(code);
        }
    }

    private Manifest() {
    }

    static Map<String, Expected> read() {
        Map<String, Expected> expected = new LinkedHashMap<>();
        try {
            int number = 0;
            for (String line : Files.readAllLines(FILE)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 5 || cells.length > 6) {
                    throw new IllegalStateException(FILE + " line " + number + ": 5 or 6 tab-separated cells expected");
                }
                Expected e = new Expected(cells[0], cells[1], cells[2], Integer.parseInt(cells[3]), cells[4],
                        cells.length == 6 ? cells[5].strip() : "");
                if (expected.put(e.name(), e) != null) {
                    throw new IllegalStateException(FILE + " line " + number + ": case " + e.name() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }
}
