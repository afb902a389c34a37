package eu.credentialgateway.align;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the ESCO matcher: start-up (read the compact file, then build the in-memory index, or open
 * the index cached on disk), time per matched phrase (after warm-up, one thread) and the accuracy on the
 * labelled evaluation set.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=eu.credentialgateway.align.EscoBenchmark \
 *     -Dexec.args="ontologies/esco/skills.tsv.gz test-data/esco-eval/phrases.tsv 8 [cache folder]"
 * </pre>
 * The third argument is the seconds of warm-up and of measurement each (default 8); with a fourth, the
 * index comes from {@link EscoIndexCache} in that folder (run twice: the first run builds the cache, the
 * second opens it), as the gateway does at start. Times are given as wall clock and as the CPU time of
 * the measuring thread, which is what counts on a shared machine (the cache's reads are on that thread).
 */
public final class EscoBenchmark {
    private EscoBenchmark() {
    }

    /** One labelled phrase of the evaluation set. */
    public record Phrase(String lang, String text, String uri) {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "ontologies/esco/skills.tsv.gz");
        Path eval = Path.of(args.length > 1 ? args[1] : "test-data/esco-eval/phrases.tsv");
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 8;
        Path cache = args.length > 3 ? Path.of(args[3]) : null;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        EscoSkills skills = EscoSkills.read(file);
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        boolean wasCached = cache != null && Files.isDirectory(cache.resolve(EscoIndexCache.folderName(file)));
        EscoMatcher matcher = cache == null ? EscoMatcher.build(skills) : EscoIndexCache.matcher(skills, file, cache);
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        System.out.printf("file %s: %,d bytes; %,d skills, %,d labels indexed%n", file, Files.size(file), skills.size(), matcher.labelCount());
        System.out.printf("start-up (%s): read %.0f ms + index %.0f ms = %.0f ms wall; CPU of the thread %.0f + %.0f = %.0f ms%n",
                cache == null ? "in memory" : wasCached ? "cached index opened" : "index built and cached",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c2 - c0) / 1e6);
        List<Phrase> phrases = read(eval);
        run(matcher, phrases, seconds * 1_000_000_000L);
        long calls = 0;
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long now = start;
        while (now < end) {
            for (Phrase p : phrases) {
                matcher.match(p.text(), p.lang(), 5);
            }
            calls += phrases.size();
            now = System.nanoTime();
        }
        long cpuUsed = cpu.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf("match: %.4f ms per phrase wall, %.4f ms CPU (%,d calls, 1 thread, limit 5)%n",
                (now - start) / 1e6 / calls, cpuUsed / 1e6 / calls, calls);
        accuracy(matcher, phrases).forEach((k, v) -> System.out.printf("%-8s %s%n", k, v));
    }

    private static void run(EscoMatcher matcher, List<Phrase> phrases, long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            for (Phrase p : phrases) {
                matcher.match(p.text(), p.lang(), 5);
            }
        }
    }

    /** Reads {@code lang<TAB>phrase<TAB>uri[<TAB>...]} rows after the header; {@code #} lines are comments. */
    public static List<Phrase> read(Path tsv) throws IOException {
        List<Phrase> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Phrase(f[0], f[1], f[2]));
        }
        return out;
    }

    /** Top-1 and top-5 accuracy per language and over all phrases ("all"). */
    public static Map<String, Accuracy> accuracy(EscoMatcher matcher, List<Phrase> phrases) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Phrase p : phrases) {
            List<EscoCandidate> top = matcher.match(p.text(), p.lang(), 5);
            int rank = -1;
            for (int i = 0; i < top.size(); i++) {
                if (top.get(i).uri().equals(p.uri())) {
                    rank = i;
                    break;
                }
            }
            for (String key : List.of(p.lang(), "all")) {
                int[] c = counts.computeIfAbsent(key, k -> new int[3]);
                c[0]++;
                c[1] += rank == 0 ? 1 : 0;
                c[2] += rank >= 0 ? 1 : 0;
            }
        }
        Map<String, Accuracy> out = new TreeMap<>();
        counts.forEach((k, c) -> out.put(k, new Accuracy(c[0], c[1], c[2])));
        return out;
    }

    /** Counts of phrases, correct first candidates and correct skills among the first five. */
    public record Accuracy(int phrases, int top1, int top5) {
        public double top1Rate() {
            return (double) top1 / phrases;
        }

        public double top5Rate() {
            return (double) top5 / phrases;
        }

        @Override
        public String toString() {
            return String.format("n=%d top-1 %.3f (%d) top-5 %.3f (%d)", phrases, top1Rate(), top1, top5Rate(), top5);
        }
    }
}
