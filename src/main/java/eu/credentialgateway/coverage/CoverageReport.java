package eu.credentialgateway.coverage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The field coverage of one input: every counted value and what became of it. */
public record CoverageReport(String input, List<FieldResult> fields) {

    public long total() {
        return fields.size();
    }

    public long covered() {
        return fields.stream().filter(FieldResult::covered).count();
    }

    public long count(FieldResult.Status status) {
        return fields.stream().filter(f -> f.status() == status).count();
    }

    /** Covered share in percent; 100 for an input without counted values. */
    public double percent() {
        return fields.isEmpty() ? 100.0 : 100.0 * covered() / total();
    }

    /** Per field of the table: values and how many were covered. */
    public Map<String, long[]> byField() {
        Map<String, long[]> counts = new TreeMap<>();
        for (FieldResult f : fields) {
            long[] c = counts.computeIfAbsent(f.field(), k -> new long[2]);
            c[0]++;
            if (f.covered()) {
                c[1]++;
            }
        }
        return counts;
    }
}
