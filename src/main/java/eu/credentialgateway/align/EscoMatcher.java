package eu.credentialgateway.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Matches free-text skill phrases (course titles, learning outcomes, badge criteria) to released ESCO
 * skills with Apache Lucene. Built once at start from {@link EscoSkills} ({@link #build}: in memory, or
 * {@link #open}: an index {@link #write} left on disk, see {@link EscoIndexCache}), with one document per label (preferred, alternative and hidden labels
 * of every released skill) in a field per language, analysed by that language's Lucene analyser
 * (English, French, Spanish; others the standard analyser). Thread-safe.
 *
 * <p><b>Candidates:</b> the phrase, analysed like the labels of the language asked for (every indexed
 * language when ESCO has no labels in it) and without course wording ({@link CourseWording}), is an OR
 * query of its terms over the label field; the {@value #CANDIDATE_LABELS} best labels by BM25 are the candidates.
 *
 * <p><b>Score (0..1):</b> the IDF-weighted Dice overlap between the phrase's terms Q and a label's terms L,
 * {@code 2 w(Q ∩ L) / (w(Q) + w(L))}, w summing each term's BM25 idf among the labels (a term no label has
 * counts as a term seen once), times the label's kind weight: 1 preferred, {@value #ALTERNATIVE_WEIGHT}
 * alternative, {@value #HIDDEN_WEIGHT} hidden. 1 means the phrase and a preferred label have the same
 * (stemmed) content words; extra words on either side lower it, rare words more than common ones.
 *
 * <p><b>Ranking:</b> a skill takes its best label; skills rank by score + {@value #BM25_SHARE} × the
 * label's BM25 score relative to the best candidate's, so among equal overlaps the more specific match wins.
 */
public final class EscoMatcher {
    static final double ALTERNATIVE_WEIGHT = 0.95;
    static final double HIDDEN_WEIGHT = 0.8;
    static final double BM25_SHARE = 0.3;
    static final int CANDIDATE_LABELS = 64;
    private static final String FIELD = "label_";
    private static final Map<String, Supplier<Analyzer>> ANALYSERS =
            Map.of("en", EnglishAnalyzer::new, "fr", FrenchAnalyzer::new, "es", SpanishAnalyzer::new);

    /** Labels are matched as bags of terms: no positions, no stored text. */
    private static final FieldType TERMS_AND_FREQUENCIES = new FieldType();

    static {
        TERMS_AND_FREQUENCIES.setTokenized(true);
        TERMS_AND_FREQUENCIES.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS_AND_FREQUENCIES.freeze();
    }

    /** Names what the index holds and how (fields, analysers, label choice); change it when they change, so a cached index is rebuilt. */
    static final String INDEX_FORMAT = "labels-v1";

    private final EscoSkills skills;
    private final List<EscoSkills.Label> labels;
    private final Map<String, Analyzer> analysers;
    private final Map<String, Set<String>> courseWording = new HashMap<>();
    private final LabelTerms labelTerms;
    private final IndexSearcher searcher;
    private final int[] docLabel;

    private EscoMatcher(EscoSkills skills, Map<String, Analyzer> analysers, DirectoryReader reader, LabelTerms labelTerms, int[] docLabel) {
        this.skills = skills;
        this.labels = skills.labels();
        this.analysers = analysers;
        for (String lang : skills.languages()) {
            Set<String> wording = new HashSet<>();
            CourseWording.WORDS.getOrDefault(lang, List.of())
                    .forEach(w -> wording.addAll(LabelTerms.analyse(analysers.get(lang), FIELD + lang, w)));
            courseWording.put(lang, wording);
        }
        if (reader.leaves().size() != 1 || reader.maxDoc() != docLabel.length || labelTerms.documents() != docLabel.length) {
            // one flush, no merges: document numbers are the order of addition, which docLabel and labelTerms rely on
            throw new IllegalStateException("the ESCO index is not one segment of " + docLabel.length + " documents");
        }
        this.labelTerms = labelTerms;
        this.docLabel = docLabel;
        this.searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
    }

    /** Builds the index in memory from the skills' labels. */
    public static EscoMatcher build(EscoSkills skills) {
        // one heap buffer per index file: reading then slices a single buffer, several times faster per term lookup
        ByteBuffersDirectory dir = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try {
            write(skills, dir);
            return open(skills, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the ESCO index in memory", e);
        }
    }

    /** Writes the index of the skills' labels into a directory: one document per label of a released skill, in label order. */
    static void write(EscoSkills skills, Directory dir) throws IOException {
        Map<String, Analyzer> analysers = analysers(skills);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setRAMBufferSizeMB(512).setUseCompoundFile(false).setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (EscoSkills.Label l : skills.labels()) {
                if (skills.skills().get(l.skill()).released()) {
                    Set<String> analysed = LabelTerms.analyse(analysers.get(l.lang()), FIELD + l.lang(), l.text());
                    writer.addDocument(List.of(new Field(FIELD + l.lang(), new AnalysedTokens(analysed), TERMS_AND_FREQUENCIES)));
                }
            }
        }
    }

    /**
     * Opens an index {@link #write} wrote for the same skills: checks its files' checksums and its document
     * count, and reads the label terms back from its postings (so an index built in memory and one opened from
     * disk score every label alike, to the last bit).
     */
    static EscoMatcher open(EscoSkills skills, Directory dir) throws IOException {
        DirectoryReader reader = DirectoryReader.open(dir);
        try {
            if (reader.leaves().size() != 1) {
                throw new IOException("the ESCO index is not one segment");
            }
            LeafReader leaf = reader.leaves().get(0).reader();
            leaf.checkIntegrity();
            return new EscoMatcher(skills, analysers(skills), reader, LabelTerms.read(leaf, FIELD), docLabels(skills));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static Map<String, Analyzer> analysers(EscoSkills skills) {
        Map<String, Analyzer> out = new HashMap<>();
        for (String lang : skills.languages()) {
            out.put(lang, ANALYSERS.getOrDefault(lang, StandardAnalyzer::new).get());
        }
        return out;
    }

    /** The label of each document: the labels of released skills, in order. */
    private static int[] docLabels(EscoSkills skills) {
        List<EscoSkills.Label> labels = skills.labels();
        int[] out = new int[labels.size()];
        int docs = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (skills.skills().get(labels.get(i).skill()).released()) {
                out[docs++] = i;
            }
        }
        return Arrays.copyOf(out, docs);
    }

    /** Number of labels indexed. */
    public int labelCount() {
        return docLabel.length;
    }

    /**
     * The best {@code limit} released skills for a phrase, best first; empty when no label shares a term with it.
     *
     * @param lang ISO 639-1 code of the phrase ("en", "fr", "es"...); null or a language ESCO has no labels in: all of them
     */
    public List<EscoCandidate> match(String text, String lang, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        List<String> langs = lang != null && analysers.containsKey(lang) ? List.of(lang) : skills.languages();
        Map<String, int[]> queryTerms = new HashMap<>();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String l : langs) {
            Set<String> terms = queryTerms(l, text);
            queryTerms.put(l, labelTerms.numbers(l, terms));
            for (String t : terms) {
                query.add(new TermQuery(new Term(FIELD + l, t)), BooleanClause.Occur.SHOULD);
            }
        }
        ScoreDoc[] hits;
        try {
            hits = searcher.search(query.build(), new TopScoreDocCollectorManager(CANDIDATE_LABELS, null, CANDIDATE_LABELS)).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException("ESCO search failed", e);
        }
        double best = hits.length == 0 ? 1 : hits[0].score;
        Map<Integer, Ranked> bySkill = new HashMap<>();
        for (ScoreDoc hit : hits) {
            EscoSkills.Label label = labels.get(docLabel[hit.doc]);
            double weight = weight(label.kind());
            double score = labelTerms.dice(queryTerms.get(label.lang()), hit.doc) * weight;
            Ranked r = new Ranked(label.skill(), score, score + BM25_SHARE * weight * hit.score / best);
            bySkill.merge(label.skill(), r, (x, y) -> x.rank() >= y.rank() ? x : y);
        }
        List<Ranked> ranked = new ArrayList<>(bySkill.values());
        ranked.sort(Comparator.comparingDouble(Ranked::rank).reversed().thenComparingInt(Ranked::skill));
        List<EscoCandidate> out = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            EscoSkill skill = skills.skills().get(r.skill());
            out.add(new EscoCandidate(skill.uri(), skill.label(lang), Math.round(r.score() * 1000) / 1000.0));
        }
        return out;
    }

    /** The phrase's terms in a language, without course wording unless that is all there is. */
    Set<String> queryTerms(String lang, String text) {
        Set<String> terms = LabelTerms.analyse(analysers.get(lang), FIELD + lang, text);
        Set<String> content = new LinkedHashSet<>(terms);
        content.removeAll(courseWording.get(lang));
        return content.isEmpty() ? terms : content;
    }

    private static double weight(EscoSkills.Kind kind) {
        return switch (kind) {
            case PREFERRED -> 1.0;
            case ALTERNATIVE -> ALTERNATIVE_WEIGHT;
            case HIDDEN -> HIDDEN_WEIGHT;
        };
    }

    private record Ranked(int skill, double score, double rank) {
    }
}
