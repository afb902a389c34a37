package eu.credentialgateway.align.tables;

import eu.credentialgateway.csv.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds lookup codes and translated labels to the OP language table. Codes, in order of claim:
 * the xml:lang code when it has two letters (ISO 639-1), the authority code (ISO 639-2/T or 639-3),
 * the three-letter xml:lang code, then the ISO 639-2/B codes that differ from 639-2/T.
 * Labels: the eForms language list's 24 EU-language columns, tagged with each column language's xml:lang code.
 */
final class LanguageSources {
    static final String XML_LANG_CSV = "eu-authority/language-uri-to-xml-lang.csv";
    static final String EFORMS_GC = "eu-authority/eforms-sdk-genericode/language.gc";

    /**
     * ISO 639-2 bibliographic codes (B) with their terminology twins (T), the 20 pairs where they differ
     * (ISO 639-2 Registration Authority, Library of Congress). The OP table uses the T codes; transcripts
     * from library-style systems give the B codes. These pairs are the one input not read from the reference folder.
     */
    static final Map<String, String> ISO_639_2_B_TO_T = Map.ofEntries(
            Map.entry("alb", "sqi"), Map.entry("arm", "hye"), Map.entry("baq", "eus"), Map.entry("bur", "mya"),
            Map.entry("chi", "zho"), Map.entry("cze", "ces"), Map.entry("dut", "nld"), Map.entry("fre", "fra"),
            Map.entry("geo", "kat"), Map.entry("ger", "deu"), Map.entry("gre", "ell"), Map.entry("ice", "isl"),
            Map.entry("mac", "mkd"), Map.entry("mao", "mri"), Map.entry("may", "msa"), Map.entry("per", "fas"),
            Map.entry("rum", "ron"), Map.entry("slo", "slk"), Map.entry("tib", "bod"), Map.entry("wel", "cym"));

    private LanguageSources() {
    }

    static void add(Path vocab, TableDraft language) throws IOException {
        language.source(XML_LANG_CSV);
        language.source(EFORMS_GC);
        String base = language.schemeIri() + "/";
        Map<String, String> xmlLang = new TreeMap<>();
        for (Map<String, String> row : CsvReader.rows(vocab.resolve(XML_LANG_CSV))) {
            String iri = row.get("conceptURI");
            language.concept(iri);
            xmlLang.put(iri, row.get("code_xml").strip().toLowerCase(Locale.ROOT));
        }
        xmlLang.forEach((iri, code) -> {
            if (code.length() == 2) {
                language.code(iri, code);
            }
        });
        for (String iri : List.copyOf(language.iris())) {
            language.code(iri, iri.substring(base.length()).toLowerCase(Locale.ROOT));
        }
        xmlLang.forEach((iri, code) -> {
            if (code.length() != 2) {
                language.code(iri, code);
            }
        });
        new TreeMap<>(ISO_639_2_B_TO_T).forEach((b, t) -> {
            String iri = base + t.toUpperCase(Locale.ROOT);
            if (language.has(iri)) {
                language.code(iri, b);
            }
        });
        for (Map<String, String> row : Genericode.rows(vocab.resolve(EFORMS_GC))) {
            String iri = base + row.get("code");
            if (!language.has(iri)) {
                continue;
            }
            for (Map.Entry<String, String> cell : new TreeMap<>(row).entrySet()) {
                String column = cell.getKey();
                if (column.endsWith("_label")) {
                    String tag = xmlLang.get(base + column.substring(0, column.length() - "_label".length()).toUpperCase(Locale.ROOT));
                    language.label(iri, tag, cell.getValue());
                }
            }
        }
    }
}
