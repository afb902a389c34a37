package eu.credentialgateway.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * XML documents built to hurt: entity and DTD attacks, nesting and element bombs, markup tricks and encoding tricks,
 * applied alike to EMREX ELMO and legacy EDC XML; then semantic nonsense in an otherwise good ELMO transcript and EDC
 * credential, and XAdES seals with sender-chosen transforms or garbage in them.
 */
final class XmlCases {
    static final String ELMO_NS = "https://github.com/emrex-eu/elmo-schemas/tree/v1";

    private XmlCases() {
    }

    /** A good ELMO transcript of the planted learner; each argument is put in as it is. */
    static String elmo(String bday, String date, String credits, String resultLabel, String title, String attachment) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<elmo xmlns=\"" + ELMO_NS + "\">\n"
                + "  <generatedDate>2025-03-20T12:00:00Z</generatedDate>\n"
                + "  <learner><citizenship>IT</citizenship><identifier type=\"nationalIdentifier\">" + Learner.ID + "</identifier>"
                + "<givenNames>" + Learner.GIVEN + "</givenNames><familyName>" + Learner.FAMILY + "</familyName>"
                + "<bday>" + bday + "</bday><email>" + Learner.EMAIL + "</email></learner>\n"
                + "  <report>\n"
                + "    <issuer><country>IT</country><identifier type=\"schac\">invented-ateneo.example.it</identifier>"
                + "<title xml:lang=\"it\">Ateneo Inventato</title><url>https://invented-ateneo.example.it</url></issuer>\n"
                + "    <learningOpportunitySpecification><title xml:lang=\"it\">" + title + "</title><type>Course</type>\n"
                + "      <specifies><learningOpportunityInstance><date>" + date + "</date><status>passed</status>"
                + "<resultLabel>" + resultLabel + "</resultLabel><credit><scheme>ects</scheme><value>" + credits + "</value></credit>"
                + "</learningOpportunityInstance></specifies>\n"
                + "    </learningOpportunitySpecification>\n"
                + "    <issueDate>2025-03-20T11:00:00Z</issueDate>\n"
                + "  </report>\n"
                + (attachment == null ? "" : "  <attachment><title xml:lang=\"en\">Diploma Supplement</title><type>Diploma Supplement</type>"
                + "<content>" + attachment + "</content></attachment>\n")
                + "</elmo>\n";
    }

    static String goodElmo() {
        return elmo("1997-11-23", "2023-03-31", "6", "28/30", "Storia medievale", null);
    }

    /** The repository's unsigned EDC XML sample with the planted learner in it. */
    static String goodEdc() {
        return read("test-data/edc-xml/generic-multilingual/input.xml")
                .replace(">Zoë<", ">" + Learner.GIVEN + "<").replace(">Testlearner-Papadopoulou<", ">" + Learner.FAMILY + "<")
                .replace("2001-02-28", Learner.BIRTH);
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(markup("elmo", goodElmo(), "elmo"));
        cases.addAll(markup("edc-xml", goodEdc(), "europassCredential"));
        cases.addAll(encodings("elmo", goodElmo()));
        cases.addAll(encodings("edc-xml", goodEdc()));
        cases.addAll(elmoNonsense());
        cases.addAll(edcNonsense());
        cases.addAll(seals());
        return cases;
    }

    private static HostileCase xml(String format, String what, String text) {
        return HostileCase.conversion(format, what, "application/xml", text);
    }

    private static HostileCase xml(String format, String what, byte[] bytes) {
        return HostileCase.conversion(format, what, "application/xml", bytes);
    }

    /** Entity, DTD, nesting and markup attacks on a good document whose root element is {@code root}. */
    static List<HostileCase> markup(String format, String good, String root) {
        String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        String body = good.substring(good.indexOf("?>") + 2);
        String open = "<" + root;
        List<HostileCase> cases = new ArrayList<>();
        StringBuilder laughs = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        cases.add(xml(format, "billion-laughs", decl + laughs + body.replace("Storia medievale", "&lol9;")));
        cases.add(xml(format, "quadratic-blowup", decl + "<!DOCTYPE " + root + " [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>"
                + body.replace("</" + root + ">", "<x>" + "&a;".repeat(2_000) + "</x></" + root + ">")));
        cases.add(xml(format, "xxe-file", decl + "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + body.replace(Learner.FAMILY, "&xxe;")));
        cases.add(xml(format, "xxe-http", decl + "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/secret\">]>"
                + body.replace(Learner.FAMILY, "&xxe;")));
        cases.add(xml(format, "xxe-parameter-entity", decl + "<!DOCTYPE " + root + " [<!ENTITY % remote SYSTEM "
                + "\"http://127.0.0.1:9/evil.dtd\"> %remote;]>" + body));
        cases.add(xml(format, "external-dtd", decl + "<!DOCTYPE " + root + " SYSTEM \"http://127.0.0.1:9/evil.dtd\">" + body));
        cases.add(xml(format, "public-dtd", decl + "<!DOCTYPE " + root + " PUBLIC \"-//EVIL//DTD//EN\" \"file:///dev/random\">" + body));
        cases.add(xml(format, "empty-internal-dtd", decl + "<!DOCTYPE " + root + " []>" + body));
        cases.add(xml(format, "undeclared-entity", decl + body.replace(Learner.FAMILY, "&undeclared;")));
        cases.add(xml(format, "nesting-10000", decl + body.replace("</" + root + ">",
                "<x>".repeat(10_000) + "</x>".repeat(10_000) + "</" + root + ">")));
        cases.add(xml(format, "nesting-65", decl + body.replace("</" + root + ">", "<x>".repeat(65) + "</x>".repeat(65) + "</" + root + ">")));
        cases.add(xml(format, "elements-200001", decl + body.replace("</" + root + ">", "<x/>".repeat(200_001) + "</" + root + ">")));
        cases.add(xml(format, "attribute-name-too-long", decl + body.replaceFirst(open, open + " a" + "b".repeat(5_000) + "=\"1\"")));
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            attributes.append(" a").append(i).append("=\"\"");
        }
        cases.add(xml(format, "attributes-10001", decl + body.replaceFirst(open, open + attributes)));
        cases.add(xml(format, "attribute-twice", decl + body.replaceFirst(open, open + " a=\"1\" a=\"2\"")));
        cases.add(xml(format, "truncated", (decl + body).substring(0, (decl + body).length() / 2)));
        cases.add(xml(format, "two-roots", decl + body + body));
        cases.add(xml(format, "text-after-root", decl + body + "trailing text"));
        cases.add(xml(format, "nul-character", decl + body.replace(Learner.FAMILY, Learner.FAMILY + "\u0000")));
        cases.add(xml(format, "control-character", decl + body.replace(Learner.FAMILY, Learner.FAMILY + "\u0001")));
        cases.add(xml(format, "surrogate-character-reference", decl + body.replace(Learner.FAMILY, Learner.FAMILY + "&#xD800;")));
        cases.add(xml(format, "nonchar-character-reference", decl + body.replace(Learner.FAMILY, Learner.FAMILY + "&#xFFFE;")));
        cases.add(xml(format, "wrong-root", decl + "<notElmo xmlns=\"urn:x\"><a/></notElmo>"));
        cases.add(xml(format, "root-in-foreign-namespace", decl + body.replaceFirst("xmlns=\"[^\"]*\"", "xmlns=\"urn:evil:namespace\"")));
        cases.add(xml(format, "xml-1.1", "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n" + body.replace(Learner.FAMILY, Learner.FAMILY + "&#x1;")));
        cases.add(xml(format, "empty", ""));
        cases.add(xml(format, "white-space-only", " \n\t\n "));
        return cases;
    }

    /** The good document sent in encodings other than UTF-8, with bytes no encoder writes, or with a lying BOM. */
    static List<HostileCase> encodings(String format, String good) {
        String plain = good.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        List<HostileCase> cases = new ArrayList<>();
        cases.add(xml(format, "utf16le-without-bom", plain.getBytes(StandardCharsets.UTF_16LE)));
        cases.add(xml(format, "utf16be-without-bom", plain.getBytes(StandardCharsets.UTF_16BE)));
        cases.add(xml(format, "utf16-with-bom", plain.getBytes(StandardCharsets.UTF_16)));
        cases.add(xml(format, "utf32", good.replace("encoding=\"UTF-8\"", "encoding=\"UTF-32\"").getBytes(Charset.forName("UTF-32"))));
        cases.add(xml(format, "utf8-bom-declaring-utf16", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                plain.getBytes(StandardCharsets.UTF_8))));
        cases.add(xml(format, "utf16le-bom-declaring-utf8", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                good.getBytes(StandardCharsets.UTF_16LE))));
        cases.add(xml(format, "latin1-undeclared", good.replace(Learner.FAMILY, Learner.FAMILY + "é").getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(xml(format, "latin1-declared", good.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace(Learner.FAMILY, Learner.FAMILY + "é").getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(xml(format, "overlong-slash", splice(good, Learner.FAMILY, new byte[] {(byte) 0xC0, (byte) 0xAF})));
        cases.add(xml(format, "overlong-nul", splice(good, Learner.FAMILY, new byte[] {(byte) 0xC0, (byte) 0x80})));
        cases.add(xml(format, "overlong-three-bytes", splice(good, Learner.FAMILY, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF})));
        cases.add(xml(format, "encoded-surrogate", splice(good, Learner.FAMILY, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
        cases.add(xml(format, "five-byte-sequence", splice(good, Learner.FAMILY, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})));
        cases.add(xml(format, "beyond-unicode", splice(good, Learner.FAMILY, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})));
        cases.add(xml(format, "lone-continuation-byte", splice(good, Learner.FAMILY, new byte[] {(byte) 0x80})));
        byte[] text = good.getBytes(StandardCharsets.UTF_8);
        cases.add(xml(format, "cut-multibyte-at-end", concat(text, new byte[] {(byte) 0xE2, (byte) 0x82})));
        cases.add(xml(format, "bom-only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        return cases;
    }

    /** Nonsense no real transcript holds, in a well-formed ELMO: each must be refused before it is sealed. */
    static List<HostileCase> elmoNonsense() {
        List<HostileCase> cases = new ArrayList<>();
        String bday = "1997-11-23";
        String date = "2023-03-31";
        cases.add(xml("elmo", "year-99999", elmo(bday, "99999-03-31", "6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "year-minus-44", elmo(bday, "-0044-03-15", "6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "year-1066", elmo(bday, "1066-10-14", "6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "awarded-in-2999", elmo(bday, "2999-01-01", "6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "born-in-2990", elmo("2990-01-01", date, "6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "born-in-1700", elmo("1700-01-01", date, "6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "month-13", elmo(bday, "2023-13-01", "6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "february-30", elmo(bday, "2023-02-30", "6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "date-in-words", elmo(bday, "yesterday", "6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "credits-negative", elmo(bday, date, "-6", "28/30", "Storia", null)));
        cases.add(xml("elmo", "credits-nan", elmo(bday, date, "NaN", "28/30", "Storia", null)));
        cases.add(xml("elmo", "credits-infinity", elmo(bday, date, "Infinity", "28/30", "Storia", null)));
        cases.add(xml("elmo", "credits-minus-infinity", elmo(bday, date, "-INF", "28/30", "Storia", null)));
        cases.add(xml("elmo", "credits-1e100000", elmo(bday, date, "1E100000", "28/30", "Storia", null)));
        cases.add(xml("elmo", "credits-1e999999999", elmo(bday, date, "1E999999999", "28/30", "Storia", null)));
        cases.add(xml("elmo", "credits-1001", elmo(bday, date, "1001", "28/30", "Storia", null)));
        cases.add(xml("elmo", "credits-twenty-digits", elmo(bday, date, "99999999999999999999", "28/30", "Storia", null)));
        cases.add(xml("elmo", "credits-hexadecimal", elmo(bday, date, "0x1F", "28/30", "Storia", null)));
        cases.add(xml("elmo", "grade-above-scale", elmo(bday, date, "6", "130/110", "Storia", null)));
        cases.add(xml("elmo", "grade-negative", elmo(bday, date, "6", "-5/30", "Storia", null)));
        cases.add(xml("elmo", "attachment-not-base64", elmo(bday, date, "6", "28/30", "Storia", "data:application/pdf;base64,%%%not*base64%%%")));
        cases.add(xml("elmo", "attachment-bad-padding", elmo(bday, date, "6", "28/30", "Storia", "data:application/pdf;base64,JVBERi0x=A")));
        cases.add(xml("elmo", "title-replacement-character", elmo(bday, date, "6", "28/30", "Storia \uFFFD medievale", null)));
        cases.add(xml("elmo", "title-replacement-character-reference", elmo(bday, date, "6", "28/30", "Storia &#xFFFD; medievale", null)));
        cases.add(xml("elmo", "no-learner", goodElmo().replaceAll("(?s)<learner>.*?</learner>", "")));
        cases.add(xml("elmo", "no-report", goodElmo().replaceAll("(?s)<report>.*</report>", "")));
        return cases;
    }

    static List<HostileCase> edcNonsense() {
        String good = goodEdc();
        List<HostileCase> cases = new ArrayList<>();
        cases.add(xml("edc-xml", "awarded-year-99999", good.replace("<date>2024-06-30T00:00:00+02:00</date>", "<date>99999-06-30T00:00:00+02:00</date>")));
        cases.add(xml("edc-xml", "awarded-year-minus-44", good.replace("<date>2024-06-30T00:00:00+02:00</date>", "<date>-0044-03-15T00:00:00Z</date>")));
        cases.add(xml("edc-xml", "born-in-2990", good.replace(Learner.BIRTH, "2990-01-01")));
        cases.add(xml("edc-xml", "credits-negative", good.replace("<hasECTSCreditPoints>6<", "<hasECTSCreditPoints>-6<")));
        cases.add(xml("edc-xml", "credits-nan", good.replace("<hasECTSCreditPoints>6<", "<hasECTSCreditPoints>NaN<")));
        cases.add(xml("edc-xml", "credits-1e999999999", good.replace("<hasECTSCreditPoints>6<", "<hasECTSCreditPoints>1E999999999<")));
        cases.add(xml("edc-xml", "title-replacement-character", good.replace("Applied Beekeeping</text>", "Applied \uFFFD Beekeeping</text>")));
        return cases;
    }

    /** The sealed EDC sample with its XAdES seal made hostile: transforms chosen by the sender, garbage, tampering. */
    static List<HostileCase> seals() {
        String sealed = read("test-data/edc-xml/sealed-valid/input.xml");
        String xpath = "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><ds:XPath>not(ancestor-or-self::ds:Signature)</ds:XPath></ds:Transform>";
        if (!sealed.contains(xpath)) {
            throw new IllegalStateException("the sealed sample no longer holds the EDCI XPath transform");
        }
        List<HostileCase> cases = new ArrayList<>();
        cases.add(xml("edc-xml", "seal-xpath-expensive", sealed.replace(xpath, xpath.replace("not(ancestor-or-self::ds:Signature)",
                "count(//. | //. | //. | //. | //.) &gt; 0 and not(ancestor-or-self::ds:Signature)"))));
        cases.add(xml("edc-xml", "seal-xpath-here", sealed.replace(xpath, xpath.replace("not(ancestor-or-self::ds:Signature)", "here()"))));
        cases.add(xml("edc-xml", "seal-xslt", sealed.replace(xpath, "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\">"
                + "<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\"><xsl:template match=\"/\">"
                + "<xsl:value-of select=\"document('file:///etc/passwd')\"/></xsl:template></xsl:stylesheet></ds:Transform>")));
        cases.add(xml("edc-xml", "seal-xpath-filter2-union", sealed.replace(xpath, "<ds:Transform Algorithm=\"http://www.w3.org/2002/06/xmldsig-filter2\">"
                + "<dsig-xpath:XPath xmlns:dsig-xpath=\"http://www.w3.org/2002/06/xmldsig-filter2\" Filter=\"union\">//.</dsig-xpath:XPath></ds:Transform>")));
        cases.add(xml("edc-xml", "seal-unknown-transform", sealed.replace(xpath, "<ds:Transform Algorithm=\"urn:evil:transform\"/>")));
        cases.add(xml("edc-xml", "seal-content-changed", sealed.replace("Example", "Exampel")));
        cases.add(xml("edc-xml", "seal-value-not-base64", sealed.replaceFirst("<ds:SignatureValue>[^<]{10}", "<ds:SignatureValue>!!!!!!!!!!")));
        cases.add(xml("edc-xml", "seal-certificate-garbage", sealed.replaceFirst("<ds:X509Certificate>[^<]{40}", "<ds:X509Certificate>" + "A".repeat(40))));
        cases.add(xml("edc-xml", "seal-external-reference", sealed.replace("URI=\"#xades-", "URI=\"http://127.0.0.1:9/xades-")));
        cases.add(xml("edc-xml", "seal-six-transforms", sealed.replace(xpath, xpath
                + "<ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>".repeat(5))));
        return cases;
    }

    static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's UTF-8 bytes with raw bytes put right after the first {@code after}. */
    static byte[] splice(String good, String after, byte[] raw) {
        int at = good.indexOf(after) + after.length();
        return concat(concat(good.substring(0, at).getBytes(StandardCharsets.UTF_8), raw), good.substring(at).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
