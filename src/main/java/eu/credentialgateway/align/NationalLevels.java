package eu.credentialgateway.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written table {@code ontologies/vocab/nqf-eqf.tsv}: national qualifications framework levels
 * (Germany's DQR, Ireland's NFQ, ...), each with the EQF level its country's referencing gives it and its
 * ELM QDR concept. Resolves values as found in source documents ("DE-DQR:6", "DQR 6", "NFQ level 8",
 * "RQF Entry Level 3", "NLQF instapniveau") to a level. Immutable after reading.
 */
final class NationalLevels {
    static final String FILE = "nqf-eqf.tsv";
    /** Words that may stand between a framework and its level ("DQR Level 6", "NLQF niveau 4+"). */
    private static final Set<String> LEVEL_WORDS = Set.of("level", "levels", "niveau", "niveaux", "poziom", "stufe", "nivel", "livello", "lvl");

    /** One national level: its framework and code, its QDR concept and its EQF concept (either may be null). */
    record Level(String framework, String code, Concept qdr, Concept eqf, String source) {
    }

    /** A framework: id, the QDR label prefix of its levels ("DQR"), and its levels by normalised key. */
    record Framework(String id, String qdrPrefix, Map<String, Level> byKey) {
    }

    private final Map<String, Framework> byAlias;
    private final List<String> aliasesLongestFirst;
    private final Map<String, Concept> eqfOfQdr;
    private final List<Level> levels;
    private final Map<String, String> sources;

    private NationalLevels(Map<String, Framework> byAlias, Map<String, Concept> eqfOfQdr, List<Level> levels, Map<String, String> sources) {
        this.byAlias = Map.copyOf(byAlias);
        List<String> aliases = new ArrayList<>(byAlias.keySet());
        aliases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.aliasesLongestFirst = List.copyOf(aliases);
        this.eqfOfQdr = Map.copyOf(eqfOfQdr);
        this.levels = List.copyOf(levels);
        this.sources = Map.copyOf(sources);
    }

    /** No national levels (no table in the folder): every NQF value is unknown. */
    static NationalLevels none() {
        return new NationalLevels(Map.of(), Map.of(), List.of(), Map.of());
    }

    /**
     * The level a value names, or null: a framework id or alias, then the level code or one of its
     * aliases, optionally with a level word between; case, accents and punctuation do not matter.
     */
    Level resolve(String raw) {
        String value = LabelKey.of(raw);
        for (String alias : aliasesLongestFirst) {
            if (value.equals(alias) || !value.startsWith(alias + " ")) {
                continue;
            }
            Framework f = byAlias.get(alias);
            String rest = value.substring(alias.length() + 1);
            Level l = f.byKey().get(rest);
            if (l == null) {
                int space = rest.indexOf(' ');
                if (space > 0 && LEVEL_WORDS.contains(rest.substring(0, space))) {
                    l = f.byKey().get(rest.substring(space + 1));
                }
            }
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    /** The EQF concept of a QDR level concept, when every national level linked to it has that one EQF level; else null. */
    Concept eqfOfQdr(String qdrIri) {
        return eqfOfQdr.get(qdrIri);
    }

    /** Every row of the table, in file order. */
    List<Level> levels() {
        return levels;
    }

    /** Frameworks by id. */
    Map<String, Framework> frameworks() {
        Map<String, Framework> out = new LinkedHashMap<>();
        byAlias.values().forEach(f -> out.putIfAbsent(f.id(), f));
        return out;
    }

    /** Source citations by id. */
    Map<String, String> sources() {
        return sources;
    }

    /** Reads the table; QDR labels and EQF levels must exist in the given concept tables. */
    static NationalLevels read(Path tsv, ConceptTable qdr, ConceptTable eqf) throws IOException {
        Map<String, Concept> qdrByLabel = new HashMap<>();
        qdr.byIri().values().forEach(c -> qdrByLabel.put(c.label("en"), c));
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        Map<String, Framework> byAlias = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        List<Level> levels = new ArrayList<>();
        String file = tsv.getFileName().toString();
        int lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = file + ":" + lineNo + ": ";
            if (f[0].equals("@framework") && f.length == 5) {
                Framework fw = new Framework(f[1], f[3], new HashMap<>());
                frameworks.put(f[1], fw);
                for (String alias : (f[1] + "|" + f[2]).split("\\|")) {
                    if (byAlias.put(LabelKey.of(alias), fw) != null) {
                        throw new IOException(where + "framework alias given twice: " + alias);
                    }
                }
            } else if (f[0].equals("@source") && f.length == 4) {
                sources.put(f[1], f[2] + " " + f[3]);
            } else if (f.length == 6 || f.length == 7) {
                levels.add(level(f, where, frameworks, sources, qdrByLabel, eqf));
            } else {
                throw new IOException(where + "not a @framework, @source or level row");
            }
        }
        return new NationalLevels(byAlias, eqfByQdr(levels), levels, sources);
    }

    private static Level level(String[] f, String where, Map<String, Framework> frameworks, Map<String, String> sources,
            Map<String, Concept> qdrByLabel, ConceptTable eqfTable) throws IOException {
        Framework fw = frameworks.get(f[0]);
        if (fw == null || !sources.containsKey(f[5])) {
            throw new IOException(where + "framework or source not declared above");
        }
        Concept qdr = f[4].equals("-") ? null : qdrByLabel.get(f[4]);
        Concept eqf = f[3].equals("-") ? null : eqfTable.byCode(f[3]);
        if (qdr == null && !f[4].equals("-") || eqf == null && !f[3].equals("-")) {
            throw new IOException(where + "no QDR concept labelled '" + f[4] + "' or no EQF level " + f[3]);
        }
        Level level = new Level(fw.id(), f[1], qdr, eqf, f[5]);
        for (String key : (f[1] + (f[2].isEmpty() ? "" : "|" + f[2])).split("\\|")) {
            if (fw.byKey().put(LabelKey.of(key), level) != null) {
                throw new IOException(where + "level key given twice in " + fw.id() + ": " + key);
            }
        }
        return level;
    }

    /** QDR concept -> EQF concept, for the QDR concepts all of whose national levels have the same EQF level. */
    private static Map<String, Concept> eqfByQdr(List<Level> levels) {
        Map<String, List<Concept>> eqfs = new HashMap<>();
        for (Level l : levels) {
            if (l.qdr() != null) {
                eqfs.computeIfAbsent(l.qdr().iri().getURI(), k -> new ArrayList<>()).add(l.eqf());
            }
        }
        Map<String, Concept> out = new HashMap<>();
        eqfs.forEach((iri, list) -> {
            Concept first = list.get(0);
            if (first != null && list.stream().allMatch(first::equals)) {
                out.put(iri, first);
            }
        });
        return out;
    }
}
