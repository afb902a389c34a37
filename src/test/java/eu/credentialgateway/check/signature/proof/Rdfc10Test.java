package eu.credentialgateway.check.signature.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.rdf.nquads.NQuadsReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class Rdfc10Test {
    /**
     * Four endorsements, each with a proof in its own blank-node graph, the proofs alike: the proof nodes share one
     * first-degree hash, and each names its graph in two quads. The shape of a credential whose nested endorsements
     * carry proofs.
     */
    private static final String ENDORSEMENT_PROOFS = String.join("", List.of(
            quads(1), quads(2), quads(3), quads(4)));

    /**
     * The canonical form of {@link #ENDORSEMENT_PROOFS} by an independent RDFC-1.0 implementation: rdf-canonize 5.0.0
     * (JavaScript, Digital Bazaar; {@code canonize(text, {algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads'})}).
     * titanium-rdfc 2.0.0 labels the proofs otherwise (c14n4 in graph c14n1, c14n6 in c14n2, c14n7 in c14n0): it
     * counts the graph named in two quads once.
     */
    private static final String ENDORSEMENT_PROOFS_CANONICAL = """
            <https://example.org/endorsements/1> <https://w3id.org/security#proof> _:c14n1 .
            <https://example.org/endorsements/2> <https://w3id.org/security#proof> _:c14n0 .
            <https://example.org/endorsements/3> <https://w3id.org/security#proof> _:c14n2 .
            <https://example.org/endorsements/4> <https://w3id.org/security#proof> _:c14n3 .
            _:c14n4 <http://purl.org/dc/terms/created> "2026-01-02T03:04:05Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> _:c14n2 .
            _:c14n4 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> _:c14n2 .
            _:c14n5 <http://purl.org/dc/terms/created> "2026-01-02T03:04:05Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> _:c14n3 .
            _:c14n5 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> _:c14n3 .
            _:c14n6 <http://purl.org/dc/terms/created> "2026-01-02T03:04:05Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> _:c14n0 .
            _:c14n6 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> _:c14n0 .
            _:c14n7 <http://purl.org/dc/terms/created> "2026-01-02T03:04:05Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> _:c14n1 .
            _:c14n7 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> _:c14n1 .
            """;

    @Test
    void labelsProofsInBlankNodeGraphsAsAnIndependentImplementationDoes() throws Exception {
        assertThat(canonical(ENDORSEMENT_PROOFS)).isEqualTo(ENDORSEMENT_PROOFS_CANONICAL);
    }

    @Test
    void givesTheSameFormWhateverTheOrderAndLabelsOfTheInput() throws Exception {
        Random random = new Random(14);
        for (int round = 0; round < 20; round++) {
            assertThat(canonical(shuffledAndRelabelled(ENDORSEMENT_PROOFS, random))).as("round " + round)
                    .isEqualTo(ENDORSEMENT_PROOFS_CANONICAL);
        }
    }

    @Test
    void countsAQuadGivenTwiceOnce() throws Exception {
        String once = "_:x <https://example.org/p> \"v\" .\n";
        assertThat(canonical(once + once)).isEqualTo("_:c14n0 <https://example.org/p> \"v\" .\n");
    }

    @Test
    void stopsACliqueOfAlikeBlankNodesAtItsTimeBudget() {
        // every node points at every other with one predicate: all first-degree hashes equal, n-degree permutes them all
        StringBuilder clique = new StringBuilder();
        for (int a = 0; a < 12; a++) {
            for (int b = 0; b < 12; b++) {
                if (a != b) {
                    clique.append("_:n").append(a).append(" <https://example.org/knows> _:n").append(b).append(" .\n");
                }
            }
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> canonical(clique.toString(), Duration.ofMillis(300)))
                .isInstanceOf(Rdfc.Failed.class).hasMessageContaining("took longer than 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void stopsALongListOfEqualValuesBeforeTheStackOverflows() {
        // a JSON-LD @list of 3,000 equal strings: a chain of blank nodes whose first-degree hashes are all alike
        StringBuilder list = new StringBuilder("<https://example.org/s> <https://example.org/p> _:l0 .\n");
        for (int i = 0; i < 3000; i++) {
            list.append("_:l").append(i).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"x\" .\n")
                    .append("_:l").append(i).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> ")
                    .append(i < 2999 ? "_:l" + (i + 1) : "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>").append(" .\n");
        }
        assertThatThrownBy(() -> canonical(list.toString(), Duration.ofSeconds(30)))
                .isInstanceOf(Rdfc.Failed.class).hasMessageContaining("chained deeper than " + Rdfc10.MAX_DEPTH);
    }

    private static String quads(int n) {
        String graph = " _:g" + n + " .\n";
        return "<https://example.org/endorsements/" + n + "> <https://w3id.org/security#proof> _:g" + n + " .\n"
                + "_:p" + n + " <http://purl.org/dc/terms/created> \"2026-01-02T03:04:05Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>" + graph
                + "_:p" + n + " <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod>" + graph;
    }

    /** The same dataset: lines in another order, every blank node under another label. */
    static String shuffledAndRelabelled(String nquads, Random random) {
        List<String> lines = new ArrayList<>(List.of(nquads.split("\n")));
        Collections.shuffle(lines, random);
        Map<String, String> labels = new HashMap<>();
        Matcher blank = Pattern.compile("_:([A-Za-z0-9]+)").matcher(String.join("\n", lines) + "\n");
        StringBuilder out = new StringBuilder();
        while (blank.find()) {
            String label = labels.computeIfAbsent(blank.group(1), b -> "r" + random.nextInt(1_000_000) + "x" + labels.size());
            blank.appendReplacement(out, "_:" + label);
        }
        blank.appendTail(out);
        return out.toString();
    }

    static String canonical(String nquads) throws Exception {
        return canonical(nquads, Duration.ofSeconds(10));
    }

    private static String canonical(String nquads, Duration budget) throws Exception {
        Rdfc10 canon = new Rdfc10(budget);
        new NQuadsReader(new StringReader(nquads)).provide(canon);
        return canon.canonicalNQuads();
    }
}
