package eu.credentialgateway.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The ESCO skills of {@code ontologies/esco/skills.tsv.gz} (written by {@code align.tables.BuildEscoIndex}),
 * read once at start: skills by URI for the URI checks, and every label for the matcher's index.
 * Immutable after reading, so one instance serves every thread.
 */
public final class EscoSkills {
    private final Map<String, EscoSkill> byUri;
    private final List<EscoSkill> skills;
    private final List<Label> labels;
    private final List<String> languages;

    private EscoSkills(List<EscoSkill> skills, List<Label> labels) {
        this.skills = List.copyOf(skills);
        this.labels = Collections.unmodifiableList(labels);
        Map<String, EscoSkill> m = new HashMap<>(skills.size() * 2);
        skills.forEach(s -> m.put(s.uri(), s));
        this.byUri = Map.copyOf(m);
        TreeSet<String> langs = new TreeSet<>();
        labels.forEach(l -> langs.add(l.lang()));
        this.languages = List.copyOf(langs);
    }

    /** One label of a skill: the skill's position in {@link #skills()}, its language, kind and text. */
    record Label(int skill, String lang, Kind kind, String text) {
    }

    /** Preferred, alternative or hidden (a search term ESCO does not display). */
    enum Kind {
        PREFERRED, ALTERNATIVE, HIDDEN;

        static Kind of(String code) {
            return switch (code) {
                case "p" -> PREFERRED;
                case "a" -> ALTERNATIVE;
                case "h" -> HIDDEN;
                default -> throw new IllegalArgumentException("label kind " + code);
            };
        }
    }

    public static EscoSkills read(Path gz) throws IOException {
        List<EscoSkill> skills = new ArrayList<>(14_500);
        List<Label> labels = new ArrayList<>(160_000);
        String base = null;
        String currentId = null;
        String currentStatus = null;
        Map<String, String> preferred = new HashMap<>();
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].equals("@base")) {
                    base = f[1];
                    continue;
                }
                if (base == null || f.length < 5) {
                    throw new IOException(gz.getFileName() + ":" + lineNo + ": not a skill row (@base line first, then id, status, lang, kind, labels)");
                }
                if (!f[0].equals(currentId)) {
                    if (currentId != null) {
                        skills.add(new EscoSkill(base + currentId, currentStatus, preferred));
                    }
                    currentId = f[0];
                    currentStatus = f[1];
                    preferred = new HashMap<>();
                }
                Kind kind = Kind.of(f[3]);
                if (kind == Kind.PREFERRED) {
                    preferred.put(f[2], f[4]);
                }
                for (int i = 4; i < f.length; i++) {
                    labels.add(new Label(skills.size(), f[2], kind, f[i]));
                }
            }
        }
        if (currentId != null) {
            skills.add(new EscoSkill(base + currentId, currentStatus, preferred));
        }
        return new EscoSkills(skills, labels);
    }

    /** Known (released), obsolete (listed, not released) or unknown. */
    public EscoUriStatus check(String uri) {
        EscoSkill s = uri == null ? null : byUri.get(uri.strip());
        if (s == null) {
            return EscoUriStatus.UNKNOWN;
        }
        return s.released() ? EscoUriStatus.KNOWN : EscoUriStatus.OBSOLETE;
    }

    /** The skill with this URI, or null. */
    public EscoSkill skill(String uri) {
        return byUri.get(uri);
    }

    public List<EscoSkill> skills() {
        return skills;
    }

    /** The languages that have labels, sorted. */
    public List<String> languages() {
        return languages;
    }

    List<Label> labels() {
        return labels;
    }

    public int size() {
        return skills.size();
    }
}
