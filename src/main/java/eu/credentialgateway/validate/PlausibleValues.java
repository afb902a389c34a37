package eu.credentialgateway.validate;

import eu.credentialgateway.Base64Text;
import eu.credentialgateway.Finding;
import eu.credentialgateway.SoundText;
import eu.credentialgateway.Stage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Semantic sanity of a credential graph, before it is sealed: what SHACL's datatypes let through but no real
 * credential holds. Each finding names the node and property, never the value (it may be learner data).
 * <ul>
 *   <li>{@code implausible-credits}: an {@code elm:point} (credit points) that is not a plain decimal from 0 to
 *       {@value #MAX_CREDITS}: a whole degree is 180-360 ECTS (UK CATS: up to 540 for a doctorate), so 1000 still
 *       holds an accumulated record; negative, {@code NaN}, {@code Infinity}, exponents ({@code 1E100000}, which
 *       BigDecimal arithmetic would spend minutes on) are refused before anything adds them up.</li>
 *   <li>{@code implausible-date}: a date or date-time outside the years its property allows: awarding
 *       1900 to next year (nobody alive holds a credential awarded before 1900, a 1970s degree passes; next year
 *       tolerates time zones and awards dated ahead at the turn of an academic year), birth 1900 to this year,
 *       start/end of learning 1900 to ten years ahead (planned activities), every other date 1900 to 9999
 *       (9999-12-31 is the usual "never expires").</li>
 *   <li>{@code implausible-grade}: a grade written as a fraction of its scale ({@code 16/20}, the one numeric
 *       scheme a grade names itself) that is negative or above its scale.</li>
 *   <li>{@code invalid-binary}: {@code elm:content} of a media object whose {@code elm:contentEncoding} is base64
 *       that is not base64.</li>
 *   <li>{@code invalid-text}: a text with an unpaired surrogate or U+FFFD (the mark of bytes that were not text).</li>
 * </ul>
 */
public final class PlausibleValues {
    static final String ELM = "http://data.europa.eu/snb/model/elm/";
    static final String DC = "http://purl.org/dc/terms/";
    static final String BASE64 = "http://data.europa.eu/snb/encoding/6146cde7dd";
    static final int MAX_CREDITS = 1000;
    static final int FIRST_YEAR = 1900;
    private static final Pattern DECIMAL = Pattern.compile("\\s*\\+?([0-9]{1,9}(?:[.,][0-9]{1,9})?)\\s*");
    private static final Pattern YEAR = Pattern.compile("(-?)([0-9]{4,})-[0-9]{2}-[0-9]{2}.*", Pattern.DOTALL);
    private static final Pattern FRACTION = Pattern.compile(
            "\\s*([+-]?[0-9]{1,9}(?:[.,][0-9]{1,9})?)\\s*/\\s*([+-]?[0-9]{1,9}(?:[.,][0-9]{1,9})?)\\s*");

    private final Clock clock;

    public PlausibleValues(Clock clock) {
        this.clock = clock;
    }

    /** Every implausible value of the graph; empty when there is none. */
    public List<Finding> check(Graph graph) {
        int year = LocalDate.now(clock).getYear();
        Map<String, Integer> lastYear = Map.of(
                ELM + "awardingDate", year + 1,
                ELM + "dateOfBirth", year,
                ELM + "startDate", year + 10,
                ELM + "endDate", year + 10);
        Node point = NodeFactory.createURI(ELM + "point");
        Node grade = NodeFactory.createURI(ELM + "grade");
        Node noteLiteral = NodeFactory.createURI(ELM + "noteLiteral");
        Node content = NodeFactory.createURI(ELM + "content");
        Node encoding = NodeFactory.createURI(ELM + "contentEncoding");
        List<Finding> findings = new ArrayList<>();
        ExtendedIterator<Triple> all = graph.find();
        try {
            while (all.hasNext()) {
                Triple t = all.next();
                Node o = t.getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String p = t.getPredicate().getURI();
                String where = name(t.getSubject()) + " " + shortName(p);
                String lexical = o.getLiteralLexicalForm();
                if (!SoundText.isSound(lexical)) {
                    findings.add(finding(SoundText.INVALID_TEXT, "a text holds an unpaired surrogate or U+FFFD (bytes that were not text)", where));
                }
                if (t.getPredicate().equals(point) && !credits(lexical)) {
                    findings.add(finding("implausible-credits", "credit points must be a plain decimal from 0 to " + MAX_CREDITS, where));
                } else if (isDate(o)) {
                    int last = lastYear.getOrDefault(p, 9999);
                    if (!yearWithin(lexical, last)) {
                        findings.add(finding("implausible-date", "the date's year must lie from " + FIRST_YEAR + " to " + last, where));
                    }
                } else if (t.getPredicate().equals(noteLiteral) && graph.contains(Node.ANY, grade, t.getSubject()) && !gradeWithinScale(lexical)) {
                    findings.add(finding("implausible-grade", "a grade written as a fraction must lie from 0 to its scale", where));
                } else if (t.getPredicate().equals(content) && graph.contains(t.getSubject(), encoding, NodeFactory.createURI(BASE64))
                        && !Base64Text.isBase64(lexical)) {
                    findings.add(finding("invalid-binary", "content said to be base64 is not base64", where));
                }
            }
        } finally {
            all.close();
        }
        // the graph's order is its store's: sorted, the same graph always gives the same answer
        findings.sort(java.util.Comparator.comparing(Finding::location).thenComparing(Finding::code));
        return findings;
    }

    static boolean credits(String lexical) {
        Matcher m = DECIMAL.matcher(lexical);
        return m.matches() && new BigDecimal(m.group(1).replace(',', '.')).compareTo(BigDecimal.valueOf(MAX_CREDITS)) <= 0;
    }

    static boolean yearWithin(String lexical, int last) {
        Matcher m = YEAR.matcher(lexical.strip());
        if (!m.matches()) {
            return true; // not a date of the usual lexical form: the datatype check (SHACL) says so
        }
        if (!m.group(1).isEmpty() || m.group(2).length() > 4) {
            return false;
        }
        int year = Integer.parseInt(m.group(2));
        return year >= FIRST_YEAR && year <= last;
    }

    static boolean gradeWithinScale(String lexical) {
        Matcher m = FRACTION.matcher(lexical);
        if (!m.matches()) {
            return true; // a grade in words or letters: no numeric scale to hold it to
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
        BigDecimal scale = new BigDecimal(m.group(2).replace(',', '.'));
        return scale.signum() > 0 && value.signum() >= 0 && value.compareTo(scale) <= 0;
    }

    private static boolean isDate(Node literal) {
        String type = literal.getLiteralDatatypeURI();
        return XSDDatatype.XSDdateTime.getURI().equals(type) || XSDDatatype.XSDdate.getURI().equals(type)
                || XSDDatatype.XSDdateTimeStamp.getURI().equals(type);
    }

    /** The node as a location: its IRI (the gateway's urn:epass:... names, no learner data) or a blank node label. */
    private static String name(Node node) {
        String name = node.isURI() ? node.getURI() : node.isBlank() ? "_:" + node.getBlankNodeLabel() : "?";
        return name.length() > 120 ? name.substring(0, 120) + "..." : name;
    }

    private static String shortName(String iri) {
        if (iri.startsWith(ELM)) {
            return "elm:" + iri.substring(ELM.length());
        }
        return iri.startsWith(DC) ? "dc:" + iri.substring(DC.length()) : "<" + iri + ">";
    }

    private static Finding finding(String code, String message, String location) {
        return new Finding(Stage.VALIDATE, code, message, location);
    }
}
