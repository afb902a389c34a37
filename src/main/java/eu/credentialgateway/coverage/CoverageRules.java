package eu.credentialgateway.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code test-data/<format>/coverage.tsv}: comment lines start with #, eight tab-separated columns, then
 * optionally the note words and the crosswalk row (see {@link CoverageRule}).
 */
public final class CoverageRules {
    private CoverageRules() {
    }

    /** The rules file of a format under the gateway home. */
    public static Path fileOf(Path home, String format) {
        return home.resolve("test-data").resolve(format).resolve("coverage.tsv");
    }

    public static List<CoverageRule> read(Path file) throws IOException {
        List<CoverageRule> rules = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] c = text.split("\t", -1);
            if (c.length < 8 || c.length > 10) {
                throw new IOException(file + " line " + line + ": " + c.length + " columns, 8 to 10 expected");
            }
            rules.add(new CoverageRule(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip(),
                    c[5].strip(), c[6].strip(), c[7].strip(), c.length > 8 ? c[8].strip() : "", c.length > 9 ? c[9].strip() : ""));
        }
        return rules;
    }
}
