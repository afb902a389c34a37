package eu.credentialgateway.check.signature.proof;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import eu.credentialgateway.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * RDF Dataset Canonicalization (W3C RDFC-1.0, SHA-256) of the quads it is given, as canonical N-Quads.
 *
 * <p>Hand-written although titanium-rdfc exists: titanium-rdfc 2.0.0 (its newest release) keeps the related blank
 * nodes of one hash in a set, where Hash N-Degree Quads (RDFC-1.0 4.8.3 step 3.1.2) appends to a list. A blank node
 * that is named in several quads of one blank-node graph (every Data Integrity proof graph: the proof node sits in 5
 * or more quads of it) then yields a shorter path, another hash and other labels than the specification and
 * jsonld.js / rdf-canonize give (the proof tests compare with rdf-canonize: {@code DataIntegrityOracleTest}). The
 * 1EdTech Open Badges example with four endorsements, each with its own proof, was refused as edited after signing
 * because of it.
 *
 * <p>Every blank node is a string {@code _:label} as titanium-json-ld's toRdf hands it over. Canonicalisation stops
 * with {@link Rdfc.Failed} once it has taken longer than its budget, so a hostile document (a clique of
 * blank nodes with equal first-degree hashes) cannot hold a worker. One instance canonicalises one dataset.
 */
final class Rdfc10 implements RdfQuadConsumer {
    private static final String GRAPH = "g";
    private static final HexFormat HEX = HexFormat.of();
    /**
     * Hash N-Degree Quads recurses along chains of blank nodes that look alike (a JSON-LD list of equal values is
     * one): past this depth it stops, before the thread's stack would. jsonld.js / rdf-canonize refuse such chains far
     * earlier (a list of 20 equal strings exceeds their default deep-iteration limit).
     */
    static final int MAX_DEPTH = 200;

    private record Quad(String subject, String predicate, String object, String datatype, String language,
                        String direction, String graph) {
    }

    /** Identifier issuer (RDFC-1.0 4.5): hands out prefix0, prefix1, ... and remembers in which order. */
    private static final class Issuer {
        private final String prefix;
        private final LinkedHashMap<String, String> issued;

        Issuer(String prefix) {
            this(prefix, new LinkedHashMap<>());
        }

        private Issuer(String prefix, LinkedHashMap<String, String> issued) {
            this.prefix = prefix;
            this.issued = issued;
        }

        String issue(String blank) {
            return issued.computeIfAbsent(blank, b -> prefix + issued.size());
        }

        boolean has(String blank) {
            return issued.containsKey(blank);
        }

        Issuer copy() {
            return new Issuer(prefix, new LinkedHashMap<>(issued));
        }
    }

    private record NDegree(String hash, Issuer issuer) {
    }

    /** A dataset is a set: a quad toRdf emits twice counts once. */
    private final Set<Quad> quads = new LinkedHashSet<>();
    private final Map<String, List<Quad>> quadsOf = new LinkedHashMap<>();
    private final Map<String, String> firstDegree = new HashMap<>();
    private final Issuer canonical = new Issuer("c14n");
    private final Duration budget;
    private final MessageDigest sha256;
    private long deadlineNanos;

    /** @param budget longest time {@link #canonicalNQuads()} may take */
    Rdfc10(Duration budget) {
        this.budget = budget;
        this.sha256 = Sha256.digest();
    }

    @Override
    public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype, String language,
                                String direction, String graph) {
        Quad quad = new Quad(subject, predicate, object, datatype, language, direction, graph);
        if (quads.add(quad)) {
            for (String term : new String[] {subject, isResource(quad) ? object : null, graph}) {
                if (isBlank(term)) {
                    List<Quad> of = quadsOf.computeIfAbsent(term, t -> new ArrayList<>());
                    if (of.isEmpty() || of.get(of.size() - 1) != quad) {
                        of.add(quad);
                    }
                }
            }
        }
        return this;
    }

    /** The canonical N-Quads (RDFC-1.0 4.4), one line each, sorted, every line ending in a newline. */
    String canonicalNQuads() throws Rdfc.Failed {
        deadlineNanos = System.nanoTime() + budget.toNanos();
        // 4.4.3 steps 3-5: first-degree hashes; a hash only one blank node has names it at once, in hash order.
        TreeMap<String, List<String>> byHash = new TreeMap<>();
        for (String blank : quadsOf.keySet()) {
            byHash.computeIfAbsent(hashFirstDegree(blank), h -> new ArrayList<>()).add(blank);
        }
        byHash.values().stream().filter(blanks -> blanks.size() == 1).forEach(blanks -> canonical.issue(blanks.get(0)));
        // step 6: the others, hash group by hash group, ordered by their n-degree hashes.
        for (List<String> blanks : byHash.values()) {
            if (blanks.size() == 1) {
                continue;
            }
            List<NDegree> paths = new ArrayList<>();
            for (String blank : blanks) {
                if (!canonical.has(blank)) {
                    Issuer temporary = new Issuer("b");
                    temporary.issue(blank);
                    paths.add(hashNDegree(blank, temporary, 0));
                }
            }
            paths.sort((a, b) -> a.hash().compareTo(b.hash()));
            for (NDegree path : paths) {
                path.issuer().issued.keySet().forEach(canonical::issue);
            }
        }
        List<String> lines = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            lines.add(NQuadsWriter.nquad(relabel(quad.subject()), quad.predicate(),
                    isResource(quad) ? relabel(quad.object()) : quad.object(), quad.datatype(), quad.language(),
                    quad.direction(), relabel(quad.graph())));
        }
        Collections.sort(lines);
        return String.join("", lines);
    }

    /** RDFC-1.0 4.6: the quads naming {@code blank}, it as _:a and every other blank node as _:z, sorted, hashed. */
    private String hashFirstDegree(String blank) throws Rdfc.Failed {
        String known = firstDegree.get(blank);
        if (known != null) {
            return known;
        }
        List<String> lines = new ArrayList<>();
        for (Quad quad : quadsOf.get(blank)) {
            lines.add(NQuadsWriter.nquad(mask(quad.subject(), blank), quad.predicate(),
                    isResource(quad) ? mask(quad.object(), blank) : quad.object(), quad.datatype(), quad.language(),
                    quad.direction(), mask(quad.graph(), blank)));
        }
        Collections.sort(lines);
        String hash = hash(String.join("", lines));
        firstDegree.put(blank, hash);
        return hash;
    }

    /** RDFC-1.0 4.7: position, predicate (not for a graph name) and the best identifier of {@code related}. */
    private String hashRelated(String related, Quad quad, Issuer issuer, String position) throws Rdfc.Failed {
        String id = canonical.has(related) ? "_:" + canonical.issue(related)
                : issuer.has(related) ? "_:" + issuer.issue(related) : hashFirstDegree(related);
        return hash(position + (GRAPH.equals(position) ? "" : "<" + quad.predicate() + ">") + id);
    }

    /** RDFC-1.0 4.8; {@code depth}: how many calls of it are under way. */
    private NDegree hashNDegree(String blank, Issuer issuer, int depth) throws Rdfc.Failed {
        if (depth > MAX_DEPTH) {
            throw new Rdfc.Failed("canonicalisation stopped: blank nodes that look alike are chained deeper than " + MAX_DEPTH, false);
        }
        TreeMap<String, List<String>> hashToRelated = new TreeMap<>();
        for (Quad quad : quadsOf.get(blank)) {
            String[][] components = {{quad.subject(), "s"}, {isResource(quad) ? quad.object() : null, "o"}, {quad.graph(), GRAPH}};
            for (String[] component : components) {
                String related = component[0];
                if (isBlank(related) && !related.equals(blank)) {
                    // a list, not a set: a node met in several quads counts as often (step 3.1.2)
                    hashToRelated.computeIfAbsent(hashRelated(related, quad, issuer, component[1]), h -> new ArrayList<>()).add(related);
                }
            }
        }
        StringBuilder dataToHash = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : hashToRelated.entrySet()) {
            dataToHash.append(entry.getKey());
            String chosenPath = null;
            Issuer chosenIssuer = null;
            List<String> permutation = new ArrayList<>(entry.getValue());
            Collections.sort(permutation);
            do {
                checkTime();
                Issuer copy = issuer.copy();
                StringBuilder path = new StringBuilder();
                List<String> recursion = new ArrayList<>();
                boolean worse = false;
                for (String related : permutation) {
                    if (canonical.has(related)) {
                        path.append("_:").append(canonical.issue(related));
                    } else {
                        if (!copy.has(related)) {
                            recursion.add(related);
                        }
                        path.append("_:").append(copy.issue(related));
                    }
                    if (chosenPath != null && path.toString().compareTo(chosenPath) > 0) {
                        worse = true;
                        break;
                    }
                }
                for (int i = 0; !worse && i < recursion.size(); i++) {
                    String related = recursion.get(i);
                    NDegree result = hashNDegree(related, copy, depth + 1);
                    path.append("_:").append(copy.issue(related)).append('<').append(result.hash()).append('>');
                    copy = result.issuer();
                    worse = chosenPath != null && path.toString().compareTo(chosenPath) > 0;
                }
                if (!worse && (chosenPath == null || path.toString().compareTo(chosenPath) < 0)) {
                    chosenPath = path.toString();
                    chosenIssuer = copy;
                }
            } while (nextPermutation(permutation));
            dataToHash.append(chosenPath);
            issuer = chosenIssuer;
        }
        return new NDegree(hash(dataToHash.toString()), issuer);
    }

    /**
     * The next ordering of {@code list} in lexicographic order; false after the last. Equal entries (one node met in
     * several quads) are not swapped with each other: those orderings give the same path.
     */
    private static boolean nextPermutation(List<String> list) {
        int i = list.size() - 2;
        while (i >= 0 && list.get(i).compareTo(list.get(i + 1)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = list.size() - 1;
        while (list.get(j).compareTo(list.get(i)) <= 0) {
            j--;
        }
        Collections.swap(list, i, j);
        Collections.reverse(list.subList(i + 1, list.size()));
        return true;
    }

    private String relabel(String term) {
        return isBlank(term) ? "_:" + canonical.issue(term) : term;
    }

    private static String mask(String term, String blank) {
        return !isBlank(term) ? term : term.equals(blank) ? "_:a" : "_:z";
    }

    private static boolean isBlank(String term) {
        return term != null && term.startsWith("_:");
    }

    private static boolean isResource(Quad quad) {
        return !RdfQuadConsumer.isLiteral(quad.datatype(), quad.language(), quad.direction());
    }

    private String hash(String text) throws Rdfc.Failed {
        checkTime();
        return HEX.formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void checkTime() throws Rdfc.Failed {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Rdfc.Failed("canonicalisation stopped: took longer than " + budget.toMillis() + " ms", false);
        }
    }
}
