package eu.credentialgateway.map;

import eu.credentialgateway.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * What every credential carries whatever its source format: types, Generic profile, the gateway as
 * issuer, issuance dates from the clock, the shapes it claims, a display parameter and, as the
 * "converted" profile requires, evidence with an embedded MediaObject: the original document, or, where
 * {@code gateway.map.embed-original.<format>=false}, only its SHA-256 as a short text (the official EDC-converted and
 * generic shapes require an Evidence with an embedded MediaObject, not its content). The mapping supplies the
 * credential subject and the claims.
 */
final class CredentialEnvelope {
    static final String CONVERTED_SHAPES = "http://data.europa.eu/snb/model/ap/edc-converted";
    static final String FULL_SHAPES = "http://data.europa.eu/snb/model/ap/edc-generic-full";
    static final String COUNTRY_PLACEHOLDER = "urn:x-gateway:code:country:";
    static final String LANGUAGE_PLACEHOLDER = "urn:x-gateway:code:language:";
    /** A 1x1 transparent PNG. */
    private static final String PLACEHOLDER_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private final IssuerProperties issuer;
    private final Clock clock;

    CredentialEnvelope(IssuerProperties issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    /**
     * @param credentialId {@code urn:uuid:<uuid>}
     * @param original     the bytes received, embedded as evidence
     * @param mediaType    file-type concept IRI of the original
     * @param sourceName   name of the source format for people, e.g. "EMREX ELMO"
     */
    void addTo(Graph graph, String credentialId, byte[] original, String mediaType, String sourceName) {
        addTo(graph, credentialId, original, mediaType, sourceName, true);
    }

    /** @param embedOriginal false: the evidence embeds the original's SHA-256 instead of the document */
    void addTo(Graph graph, String credentialId, byte[] original, String mediaType, String sourceName, boolean embedOriginal) {
        addTo(graph, credentialId, original, mediaType, sourceName, embedOriginal, null);
    }

    /**
     * @param language the language the document declares (BCP 47, {@code und} for none), the credential's primary
     *                 language; null when the format's check reads no declarations, which keeps English
     */
    void addTo(Graph graph, String credentialId, byte[] original, String mediaType, String sourceName, boolean embedOriginal,
               String language) {
        String key = credentialId.substring(credentialId.lastIndexOf(':') + 1);
        Node credential = Elm.uri(credentialId);
        add(graph, credential, Elm.TYPE, Elm.cred("VerifiableCredential"));
        add(graph, credential, Elm.TYPE, Elm.elm("EuropeanDigitalCredential"));
        add(graph, credential, Elm.elm("credentialProfiles"), Elm.uri(FixedConcepts.GENERIC_PROFILE));
        Node now = NodeFactory.createLiteralDT(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        add(graph, credential, Elm.cred("issuanceDate"), now);
        add(graph, credential, Elm.cred("issued"), now);
        add(graph, credential, Elm.cred("validFrom"), now);
        for (String shapes : new String[] {CONVERTED_SHAPES, FULL_SHAPES}) {
            Node schema = Elm.uri(shapes);
            add(graph, credential, Elm.cred("credentialSchema"), schema);
            add(graph, schema, Elm.TYPE, Elm.elm("ShaclValidator2017"));
        }
        add(graph, credential, Elm.cred("issuer"), issuerNode(graph, key));
        add(graph, credential, Elm.elm("displayParameter"), display(graph, key, sourceName, primarySubtag(language)));
        add(graph, credential, Elm.cred("evidence"), embedOriginal
                ? evidence(graph, key, original, mediaType, sourceName) : digestEvidence(graph, key, original, sourceName));
        FixedConcepts.describeUsed(graph);
    }

    private Node issuerNode(Graph graph, String key) {
        Node org = Elm.uri("urn:epass:org:" + key + ".issuer");
        Node country = Elm.uri(COUNTRY_PLACEHOLDER + issuer.countryCode());
        add(graph, org, Elm.TYPE, Elm.elm("Organisation"));
        issuer.legalName().forEach((lang, name) ->
                add(graph, org, Elm.uri("http://www.w3.org/ns/regorg#legalName"), NodeFactory.createLiteralLang(name, lang)));
        Node legalId = Elm.uri("urn:epass:legalIdentifier:" + key + ".issuer");
        add(graph, org, Elm.elm("eidasLegalIdentifier"), legalId);
        add(graph, legalId, Elm.TYPE, Elm.elm("LegalIdentifier"));
        add(graph, legalId, Elm.NOTATION, NodeFactory.createLiteralString(issuer.legalIdentifier()));
        add(graph, legalId, Elm.dc("spatial"), country);
        Node location = Elm.uri("urn:epass:location:" + key + ".issuer");
        Node address = Elm.uri("urn:epass:address:" + key + ".issuer");
        add(graph, org, Elm.elm("location"), location);
        add(graph, location, Elm.TYPE, Elm.dc("Location"));
        add(graph, location, Elm.elm("address"), address);
        add(graph, address, Elm.TYPE, Elm.elm("Address"));
        add(graph, address, Elm.elm("countryCode"), country);
        Node homepage = Elm.uri("urn:epass:webResource:" + key + ".issuer");
        add(graph, org, Elm.uri("http://xmlns.com/foaf/0.1/homepage"), homepage);
        add(graph, homepage, Elm.TYPE, Elm.elm("WebResource"));
        add(graph, homepage, Elm.elm("contentUrl"), NodeFactory.createLiteralDT(issuer.homepage(), XSDDatatype.XSDanyURI));
        int n = 0;
        for (Map.Entry<String, String> identifier : issuer.identifiers().entrySet()) {
            Node id = Elm.uri("urn:epass:identifier:" + key + ".issuer." + (++n));
            add(graph, org, Elm.uri("http://www.w3.org/ns/adms#identifier"), id);
            add(graph, id, Elm.TYPE, Elm.elm("Identifier"));
            add(graph, id, Elm.NOTATION, NodeFactory.createLiteralString(identifier.getValue()));
            add(graph, id, Elm.elm("schemeName"), NodeFactory.createLiteralString(identifier.getKey()));
        }
        return org;
    }

    /** The primary subtag of the declared language, lower case: {@code en} when none was read, {@code und} when none is declared. */
    private static String primarySubtag(String language) {
        if (language == null || language.isBlank()) {
            return "en";
        }
        String tag = language.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /**
     * The display says the document's language is the credential's (its texts are tagged with it): English is a fixed
     * concept, any other language (and {@code und}, the authority's "Undetermined") a placeholder the align stage
     * resolves. Its own title stays English, the language it is written in.
     */
    private static Node display(Graph graph, String key, String sourceName, String language) {
        Node display = Elm.uri("urn:epass:displayParameter:" + key);
        Node primary = Elm.uri("en".equals(language) ? FixedConcepts.ENGLISH : LANGUAGE_PLACEHOLDER + language);
        add(graph, display, Elm.TYPE, Elm.elm("DisplayParameter"));
        add(graph, display, Elm.dc("title"), NodeFactory.createLiteralLang("Learning achievements converted from " + sourceName, "en"));
        add(graph, display, Elm.elm("primaryLanguage"), primary);
        add(graph, display, Elm.dc("language"), primary);
        // ELM requires a rendering per language; the gateway does not render, so it embeds a marked
        // 1x1 placeholder image that a renderer (or the issuing wallet) replaces.
        Node individual = Elm.uri("urn:epass:individualDisplay:" + key + "." + language);
        Node detail = Elm.uri("urn:epass:displayDetail:" + key + "." + language + ".1");
        Node image = Elm.uri("urn:epass:mediaObject:" + key + ".display");
        add(graph, display, Elm.elm("individualDisplay"), individual);
        add(graph, individual, Elm.TYPE, Elm.elm("IndividualDisplay"));
        add(graph, individual, Elm.dc("language"), primary);
        add(graph, individual, Elm.elm("displayDetail"), detail);
        add(graph, detail, Elm.TYPE, Elm.elm("DisplayDetail"));
        add(graph, detail, Elm.elm("page"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDpositiveInteger));
        add(graph, detail, Elm.elm("image"), image);
        add(graph, image, Elm.TYPE, Elm.elm("MediaObject"));
        add(graph, image, Elm.dc("title"), NodeFactory.createLiteralLang("Placeholder: no rendering was made", "en"));
        add(graph, image, Elm.elm("content"), NodeFactory.createLiteralString(PLACEHOLDER_PNG));
        add(graph, image, Elm.elm("contentType"), Elm.uri(FixedConcepts.FILE_TYPE_PNG));
        add(graph, image, Elm.elm("contentEncoding"), Elm.uri(FixedConcepts.BASE64));
        return display;
    }

    private static Node evidence(Graph graph, String key, byte[] original, String mediaType, String sourceName) {
        Node evidence = Elm.uri("urn:epass:evidence:" + key);
        Node media = Elm.uri("urn:epass:mediaObject:" + key + ".original");
        add(graph, evidence, Elm.TYPE, Elm.elm("Evidence"));
        add(graph, evidence, Elm.dc("type"), Elm.uri(FixedConcepts.EVIDENCE_TYPE));
        add(graph, evidence, Elm.elm("evidenceStatement"),
                NodeFactory.createLiteralString("Converted by credential-gateway from the embedded " + sourceName + " document"));
        add(graph, evidence, Elm.elm("embeddedEvidence"), media);
        add(graph, media, Elm.TYPE, Elm.elm("MediaObject"));
        add(graph, media, Elm.dc("title"), NodeFactory.createLiteralLang("Original " + sourceName + " document", "en"));
        add(graph, media, Elm.elm("content"), NodeFactory.createLiteralString(Base64.getEncoder().encodeToString(original)));
        add(graph, media, Elm.elm("contentType"), Elm.uri(mediaType));
        add(graph, media, Elm.elm("contentEncoding"), Elm.uri(FixedConcepts.BASE64));
        return evidence;
    }

    /**
     * Evidence that names the original by its SHA-256 instead of carrying it: the credential still says what it was
     * converted from, and whoever holds the original can check it is the one, but the learner's data in the original
     * is not copied into the credential again.
     */
    private static Node digestEvidence(Graph graph, String key, byte[] original, String sourceName) {
        String sha256 = Sha256.hex(original);
        Node evidence = Elm.uri("urn:epass:evidence:" + key);
        Node media = Elm.uri("urn:epass:mediaObject:" + key + ".original-digest");
        add(graph, evidence, Elm.TYPE, Elm.elm("Evidence"));
        add(graph, evidence, Elm.dc("type"), Elm.uri(FixedConcepts.EVIDENCE_TYPE));
        add(graph, evidence, Elm.elm("evidenceStatement"), NodeFactory.createLiteralString("Converted by credential-gateway from a "
                + sourceName + " document, which is not embedded; its SHA-256 is " + sha256));
        add(graph, evidence, Elm.elm("embeddedEvidence"), media);
        add(graph, media, Elm.TYPE, Elm.elm("MediaObject"));
        add(graph, media, Elm.dc("title"), NodeFactory.createLiteralLang("SHA-256 of the original " + sourceName + " document", "en"));
        byte[] text = ("sha-256:" + sha256 + "\n").getBytes(StandardCharsets.US_ASCII);
        add(graph, media, Elm.elm("content"), NodeFactory.createLiteralString(Base64.getEncoder().encodeToString(text)));
        add(graph, media, Elm.elm("contentType"), Elm.uri(FixedConcepts.FILE_TYPE_TXT));
        add(graph, media, Elm.elm("contentEncoding"), Elm.uri(FixedConcepts.BASE64));
        return evidence;
    }


    private static void add(Graph graph, Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }
}
