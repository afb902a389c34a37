package eu.credentialgateway.align.tables;

import eu.credentialgateway.csv.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Adds lookup codes (and the translated ISCED-F labels) from the EQF and ISCED-F CSV extracts. */
final class LevelAndFieldSources {
    static final String EQF_CSV = "eqf/eqf-levels.csv";
    static final String ISCED_F_CSV = "isced-f/isced-f-2013.csv";

    private LevelAndFieldSources() {
    }

    /** EQF: the level number is the code ({@code 6} -> {@code eqf/6}). */
    static void eqf(Path vocab, TableDraft eqf) throws IOException {
        eqf.source(EQF_CSV);
        for (Map<String, String> row : CsvReader.rows(vocab.resolve(EQF_CSV))) {
            requireScheme(eqf, row.get("conceptScheme"), EQF_CSV);
            String iri = row.get("uri");
            eqf.concept(iri);
            eqf.label(iri, "en", row.get("prefLabel_en"));
            eqf.code(iri, row.get("level").strip());
        }
    }

    /** ISCED-F 2013: the 2/3/4-digit field code is the code; labels in every language the extract has. */
    static void iscedF(Path vocab, TableDraft isced) throws IOException {
        isced.source(ISCED_F_CSV);
        List<Map<String, String>> rows = CsvReader.rows(vocab.resolve(ISCED_F_CSV));
        for (Map<String, String> row : rows) {
            String iri = row.get("uri");
            isced.concept(iri);
            isced.code(iri, row.get("code").strip());
            for (Map.Entry<String, String> cell : row.entrySet()) {
                if (cell.getKey().startsWith("prefLabel_")) {
                    isced.label(iri, cell.getKey().substring("prefLabel_".length()), cell.getValue());
                }
            }
        }
    }

    private static void requireScheme(TableDraft table, String scheme, String source) {
        if (scheme != null && !scheme.isBlank() && !scheme.equals(table.schemeIri())) {
            throw new IllegalStateException(source + " names scheme " + scheme + ", the code list says " + table.schemeIri());
        }
    }
}
