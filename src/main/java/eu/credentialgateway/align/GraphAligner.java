package eu.credentialgateway.align;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Aligns one graph in place: replaces code placeholders by concept IRIs, checks concept IRIs of the
 * aligned schemes against their tables, and gives every known concept used in the graph its type,
 * scheme and labels. Statements naming an unknown code are dropped and reported as findings.
 * Stateless apart from the shared tables, so one instance serves every thread.
 */
final class GraphAligner {
    static final String PLACEHOLDER = "urn:x-gateway:code:";
    private static final Node IN_SCHEME = SKOS.inScheme.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node CONCEPT = SKOS.Concept.asNode();
    private static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();
    /** "0613 Software and applications development and analysis": an ISCED-F code followed by its name. */
    private static final Pattern LEADING_CODE = Pattern.compile("\\s*(\\d{2,4})(?![\\d])");

    private final VocabularyTables tables;
    private final NationalLevelAligner nationalLevels;

    GraphAligner(VocabularyTables tables) {
        this.tables = tables;
        this.nationalLevels = new NationalLevelAligner(tables);
    }

    /** Aligns the graph and returns the warnings (one per dropped subject + predicate + reason). */
    List<Finding> align(Graph graph) {
        return align(graph, CodeDecisions.NONE);
    }

    /** The same, telling {@code decisions} what became of each statement whose object was a code placeholder or an aligned-scheme IRI. */
    List<Finding> align(Graph graph, CodeDecisions decisions) {
        List<Finding> levelFindings = nationalLevels.align(graph, decisions);
        Map<Node, Resolution> seen = new HashMap<>();
        Set<Concept> used = new LinkedHashSet<>();
        List<Triple> drop = new ArrayList<>();
        List<Triple> add = new ArrayList<>();
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (Triple t : graph.find().toList()) {
            Resolution s = seen.computeIfAbsent(t.getSubject(), this::resolve);
            Resolution o = t.getPredicate().equals(IN_SCHEME) ? Resolution.KEEP : seen.computeIfAbsent(t.getObject(), this::resolve);
            if (s.unknown() != null || o.unknown() != null) {
                drop.add(t);
                report(findings, s.unknown() != null ? s : o, t);
                if (o.unknown() != null) {
                    decisions.decided(t, null, o.unknown());
                }
                continue;
            }
            if (s.concept() != null) {
                used.add(s.concept());
            }
            if (o.concept() != null) {
                used.add(o.concept());
            }
            Node ns = s.concept() != null ? s.concept().iri() : t.getSubject();
            Node no = o.concept() != null ? o.concept().iri() : t.getObject();
            if (!ns.equals(t.getSubject()) || !no.equals(t.getObject())) {
                if (!no.equals(t.getObject())) {
                    decisions.decided(t, o.concept(), null);
                }
                drop.add(t);
                add.add(Triple.create(ns, t.getPredicate(), no));
            }
        }
        drop.forEach(graph::delete);
        add.forEach(graph::add);
        for (Concept c : used) {
            describe(graph, c);
        }
        levelFindings.forEach(f -> findings.putIfAbsent(f.code() + " " + f.location(), f));
        return List.copyOf(findings.values());
    }

    private static void describe(Graph graph, Concept c) {
        graph.add(c.iri(), TYPE, CONCEPT);
        if (!graph.contains(c.iri(), IN_SCHEME, Node.ANY)) {
            graph.add(c.iri(), IN_SCHEME, c.scheme());
        }
        graph.add(c.scheme(), TYPE, CONCEPT_SCHEME);
        if (!graph.contains(c.iri(), PREF_LABEL, Node.ANY)) {
            for (Node label : c.prefLabels()) {
                graph.add(c.iri(), PREF_LABEL, label);
            }
        }
    }

    private Resolution resolve(Node node) {
        if (!node.isURI()) {
            return Resolution.KEEP;
        }
        String iri = node.getURI();
        if (iri.startsWith(PLACEHOLDER)) {
            return resolvePlaceholder(iri.substring(PLACEHOLDER.length()));
        }
        Concept known = tables.concept(iri);
        if (known != null) {
            return new Resolution(known, null);
        }
        AlignedScheme scheme = tables.alignedSchemeOf(iri);
        return scheme == null ? Resolution.KEEP : new Resolution(null, scheme.unknownCode());
    }

    private Resolution resolvePlaceholder(String rest) {
        int colon = rest.indexOf(':');
        AlignedScheme scheme = colon < 0 ? null : AlignedScheme.byId(rest.substring(0, colon));
        if (scheme == null) {
            return new Resolution(null, "unknown-code-scheme");
        }
        String value = decoded(rest.substring(colon + 1));
        Concept c = tables.table(scheme).byCode(scheme.normalise(value));
        return c != null ? new Resolution(c, null) : byName(scheme, value);
    }

    /** A value that is no code: an ISCED-F code followed by its name, or a name in any language of the scheme's table. */
    private Resolution byName(AlignedScheme scheme, String value) {
        ConceptLabels labels = tables.labels(scheme);
        if (labels == null) {
            return new Resolution(null, scheme.unknownCode());
        }
        Matcher code = LEADING_CODE.matcher(value);
        if (scheme == AlignedScheme.ISCED_F && code.lookingAt()) {
            Concept c = tables.table(scheme).byCode(code.group(1));
            return c != null ? new Resolution(c, null) : new Resolution(null, scheme.unknownCode());
        }
        List<Concept> named = labels.named(value);
        if (named.size() == 1) {
            return new Resolution(named.get(0), null);
        }
        return new Resolution(null, named.isEmpty() ? scheme.unknownCode() : scheme.ambiguousLabelCode());
    }

    /** Percent-decodes the value ("level%206"); a malformed escape leaves it as given. */
    static String decoded(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    /** One finding per code + subject + predicate; the message names the kind of code, never the value. */
    private static void report(Map<String, Finding> findings, Resolution r, Triple t) {
        String location = label(t.getSubject()) + " " + label(t.getPredicate());
        findings.computeIfAbsent(r.unknown() + " " + location, k -> new Finding(Stage.ALIGN, r.unknown(), message(r.unknown()), location));
    }

    private static String message(String code) {
        for (AlignedScheme s : AlignedScheme.values()) {
            if (s.unknownCode().equals(code)) {
                return "the " + s.what() + " given is not in the " + s.id()
                        + " concept table (ontologies/vocab/" + s.id() + ".tsv); the statement was left out";
            }
            if (s.ambiguousLabelCode().equals(code)) {
                return "the " + s.what() + " name given matches the labels of several concepts of the " + s.id()
                        + " concept table; the statement was left out (give the code instead)";
            }
        }
        return "a code placeholder names a scheme the align stage does not know; the statement was left out";
    }

    private static String label(Node n) {
        return n.isURI() ? n.getURI() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    /** What a node becomes: itself (KEEP), a known concept, or unknown (a finding code). */
    private record Resolution(Concept concept, String unknown) {
        static final Resolution KEEP = new Resolution(null, null);
    }
}
