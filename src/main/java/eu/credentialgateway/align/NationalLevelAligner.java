package eu.credentialgateway.align;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The first step of aligning a graph: national framework levels. A placeholder
 * {@code urn:x-gateway:code:nqf:<framework>:<level>} becomes the level's ELM QDR concept, and a node that
 * has a national level (placeholder or QDR IRI) whose country's referencing gives an EQF level gets that
 * EQF level when it has none: {@code elm:EQFLevel} beside {@code elm:NQFLevel} (a Qualification), else the
 * same predicate ({@code elm:educationLevel} of a learning achievement specification). An EQF level the
 * input gives is kept; when it differs from the national level's, a warning says so. The concepts are
 * labelled afterwards by {@link GraphAligner}.
 */
final class NationalLevelAligner {
    static final String PREFIX = GraphAligner.PLACEHOLDER + "nqf:";
    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final Node NQF_LEVEL = NodeFactory.createURI(ELM + "NQFLevel");
    static final Node EQF_LEVEL = NodeFactory.createURI(ELM + "EQFLevel");
    static final Node EDUCATION_LEVEL = NodeFactory.createURI(ELM + "educationLevel");
    private static final String EQF_PREFIX = GraphAligner.PLACEHOLDER + AlignedScheme.EQF.id() + ":";

    private final NationalLevels levels;
    private final ConceptTable eqf;

    NationalLevelAligner(VocabularyTables tables) {
        this.levels = tables.nationalLevels();
        this.eqf = tables.table(AlignedScheme.EQF);
    }

    /** Rewrites the national levels of the graph in place and returns the warnings. */
    List<Finding> align(Graph graph) {
        return align(graph, CodeDecisions.NONE);
    }

    /** The same, telling {@code decisions} what became of each national level placeholder. */
    List<Finding> align(Graph graph, CodeDecisions decisions) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        Map<Slot, Set<Concept>> derived = new LinkedHashMap<>();
        List<Triple> drop = new ArrayList<>();
        List<Triple> add = new ArrayList<>();
        for (Triple t : graph.find().toList()) {
            Node o = t.getObject();
            if (!o.isURI()) {
                continue;
            }
            Concept eqfLevel;
            if (o.getURI().startsWith(PREFIX)) {
                NationalLevels.Level level = levels.resolve(GraphAligner.decoded(o.getURI().substring(PREFIX.length())));
                drop.add(t);
                if (level == null) {
                    decisions.decided(t, null, "unknown-nqf-code");
                    report(findings, "unknown-nqf-code", "the national framework level given is not in ontologies/vocab/"
                            + NationalLevels.FILE + " (framework id or level unknown); the statement was left out", t);
                    continue;
                }
                if (level.qdr() != null) {
                    decisions.decided(t, level.qdr(), null);
                    add.add(Triple.create(t.getSubject(), t.getPredicate(), level.qdr().iri()));
                } else {
                    decisions.decided(t, null, "nqf-level-without-qdr-concept");
                    report(findings, "nqf-level-without-qdr-concept", "the national framework level is known, but the ELM QDR"
                            + " list has no concept for it; the statement was left out (its EQF level is still used)", t);
                }
                eqfLevel = level.eqf();
            } else {
                eqfLevel = levels.eqfOfQdr(o.getURI());
            }
            if (eqfLevel != null) {
                Slot slot = new Slot(t.getSubject(), eqfPredicateFor(t.getPredicate()));
                derived.computeIfAbsent(slot, k -> new LinkedHashSet<>()).add(eqfLevel);
            }
        }
        drop.forEach(graph::delete);
        add.forEach(graph::add);
        derived.forEach((slot, eqfs) -> addEqfLevel(graph, slot, eqfs, findings));
        return List.copyOf(findings.values());
    }

    private void addEqfLevel(Graph graph, Slot slot, Set<Concept> eqfs, Map<String, Finding> findings) {
        Set<Concept> given = givenEqfLevels(graph, slot.subject());
        if (eqfs.size() > 1) {
            report(findings, "eqf-nqf-mismatch", "the national framework levels given have different EQF levels;"
                    + " no EQF level was added", slot.subject(), slot.predicate());
        } else if (given.isEmpty()) {
            graph.add(slot.subject(), slot.predicate(), eqfs.iterator().next().iri());
        } else if (!given.containsAll(eqfs)) {
            report(findings, "eqf-nqf-mismatch", "the EQF level given differs from the one the national framework level"
                    + " is referenced to; the EQF level given was kept", slot.subject(), slot.predicate());
        }
    }

    /** The known EQF levels a node has, as IRIs or placeholders, under {@code elm:EQFLevel} or {@code elm:educationLevel}. */
    private Set<Concept> givenEqfLevels(Graph graph, Node subject) {
        Set<Concept> out = new LinkedHashSet<>();
        for (Node p : List.of(EQF_LEVEL, EDUCATION_LEVEL)) {
            for (Triple t : graph.find(subject, p, Node.ANY).toList()) {
                if (!t.getObject().isURI()) {
                    continue;
                }
                String iri = t.getObject().getURI();
                Concept c = iri.startsWith(EQF_PREFIX)
                        ? eqf.byCode(AlignedScheme.EQF.normalise(GraphAligner.decoded(iri.substring(EQF_PREFIX.length()))))
                        : eqf.concept(iri);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** A Qualification's {@code elm:NQFLevel} pairs with {@code elm:EQFLevel}; any other predicate carries both. */
    private static Node eqfPredicateFor(Node predicate) {
        return predicate.equals(NQF_LEVEL) ? EQF_LEVEL : predicate;
    }

    private static void report(Map<String, Finding> findings, String code, String message, Triple t) {
        report(findings, code, message, t.getSubject(), t.getPredicate());
    }

    private static void report(Map<String, Finding> findings, String code, String message, Node subject, Node predicate) {
        String location = label(subject) + " " + label(predicate);
        findings.putIfAbsent(code + " " + location, new Finding(Stage.ALIGN, code, message, location));
    }

    private static String label(Node n) {
        return n.isURI() ? n.getURI() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    /** Where an EQF level goes: a node and the predicate that carries it. */
    private record Slot(Node subject, Node predicate) {
    }
}
