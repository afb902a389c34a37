package eu.credentialgateway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The cap on findings (and on notes) per input, {@code gateway.findings.max-per-input} (default 100): one hostile
 * document (a JSON array of a million numbers, a bad CSV header cell) must not produce millions of findings, an
 * answer of megabytes or an {@code OutOfMemoryError} while its reason is written. Past the cap, the first N are kept
 * and one last finding {@code findings-truncated} says how many more were dropped. {@link GatewayException} and
 * {@link Notes} apply it, so every stage benefits; a stage that collects many findings uses {@link #collector()},
 * which stops storing past the cap. The cap is JVM-wide (one gateway per JVM), set once at start.
 */
public final class Findings {
    /** The code of the last finding of a capped list. */
    public static final String TRUNCATED = "findings-truncated";
    /** The default of {@code gateway.findings.max-per-input}. */
    public static final int DEFAULT_LIMIT = 100;

    private static volatile int limit = DEFAULT_LIMIT;

    private Findings() {
    }

    /** The most findings kept per input (the truncation finding comes on top). */
    public static int limit() {
        return limit;
    }

    /** Sets the cap (from {@link FindingProperties} at start; tests set it back). */
    public static void limit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("gateway.findings.max-per-input must be at least 1");
        }
        limit = max;
    }

    /** A list that keeps the first {@link #limit()} findings added and only counts the rest. */
    public static Collector collector() {
        return new Collector(limit);
    }

    /**
     * {@code findings} within the cap: unchanged when within it, else the first N and a {@code findings-truncated}
     * finding (a {@link Collector}'s dropped findings are counted too). Immutable.
     */
    public static List<Finding> capped(List<Finding> findings) {
        int dropped = findings instanceof Collector collector ? collector.dropped : 0;
        List<Finding> list = findings;
        if (!list.isEmpty() && isTruncation(list.get(list.size() - 1))) {
            // capped before (a rejection re-thrown): keep its count
            dropped += droppedBy(list.get(list.size() - 1));
            list = list.subList(0, list.size() - 1);
        }
        int max = limit;
        if (list.size() <= max && dropped == 0) {
            return List.copyOf(list);
        }
        List<Finding> kept = new ArrayList<>(list.subList(0, Math.min(max, list.size())));
        dropped += list.size() - kept.size();
        kept.add(truncation(kept.isEmpty() ? Stage.CHECK : kept.get(kept.size() - 1).stage(), dropped));
        return List.copyOf(kept);
    }

    /** Whether this finding says that others were dropped. */
    public static boolean isTruncation(Finding finding) {
        return TRUNCATED.equals(finding.code());
    }

    /** How many findings a truncation finding says were dropped (0 for any other finding). */
    static int droppedBy(Finding finding) {
        if (!isTruncation(finding)) {
            return 0;
        }
        String count = finding.message().substring(0, finding.message().indexOf(' '));
        return Integer.parseInt(count);
    }

    static Finding truncation(Stage stage, int dropped) {
        return new Finding(stage, TRUNCATED, dropped + " more finding(s) were dropped: only the first " + limit
                + " are kept (gateway.findings.max-per-input)", "");
    }

    /** A finding list that stores the first N findings and counts the rest; {@link #capped} adds the count. */
    public static final class Collector extends ArrayList<Finding> {
        private static final long serialVersionUID = 1L;

        private final int max;
        private int dropped;

        Collector(int max) {
            this.max = max;
        }

        /** Stores the finding while under the cap; false (and counted) past it. */
        @Override
        public boolean add(Finding finding) {
            if (size() >= max) {
                dropped++;
                return false;
            }
            return super.add(finding);
        }

        @Override
        public boolean addAll(Collection<? extends Finding> findings) {
            boolean changed = false;
            for (Finding finding : findings) {
                changed |= add(finding);
            }
            return changed;
        }

        /** How many findings were not stored. */
        public int dropped() {
            return dropped;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
