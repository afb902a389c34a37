package eu.credentialgateway.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The analysed terms of every indexed label, kept beside the Lucene index so that a candidate's score
 * needs no second analysis: a dictionary of (language, term) to number, each term's document frequency
 * and BM25 idf, and each indexed label's term numbers. Read from the index's postings once, then read-only.
 */
final class LabelTerms {
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] docFreq = new int[1 << 14];
    private double[] idf;
    private double unseenIdf;
    private int[][] docTerms;
    private int docs;

    /** Analyses a text with the language's analyser: its distinct terms, in order. */
    static Set<String> analyse(Analyzer analyser, String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyser.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The terms of an index {@link EscoMatcher} wrote, read back from its postings instead of analysing every
     * label again: per field {@code <prefix><lang>}, each term's document frequency and the documents that have it.
     */
    static LabelTerms read(LeafReader leaf, String fieldPrefix) throws IOException {
        LabelTerms out = new LabelTerms();
        int docs = leaf.maxDoc();
        int[] length = new int[docs];
        List<int[]> postings = new ArrayList<>();
        for (FieldInfo field : leaf.getFieldInfos()) {
            if (!field.name.startsWith(fieldPrefix)) {
                continue;
            }
            String lang = field.name.substring(fieldPrefix.length());
            Terms terms = leaf.terms(field.name);
            TermsEnum te = terms == null ? TermsEnum.EMPTY : terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                int id = out.ids.computeIfAbsent(lang + '\u0000' + term.utf8ToString(), k -> out.ids.size());
                if (id >= out.docFreq.length) {
                    out.docFreq = Arrays.copyOf(out.docFreq, Math.max(out.docFreq.length * 2, id + 1));
                }
                out.docFreq[id] = te.docFreq();
                int[] docsOfTerm = new int[te.docFreq() + 1];
                docsOfTerm[0] = id;
                pe = te.postings(pe, PostingsEnum.NONE);
                int n = 1;
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    docsOfTerm[n++] = d;
                    length[d]++;
                }
                postings.add(docsOfTerm);
            }
        }
        out.docTerms = new int[docs][];
        for (int d = 0; d < docs; d++) {
            out.docTerms[d] = new int[length[d]];
        }
        int[] filled = new int[docs];
        for (int[] p : postings) {
            for (int i = 1; i < p.length; i++) {
                out.docTerms[p[i]][filled[p[i]]++] = p[0];
            }
        }
        out.docs = docs;
        out.freeze();
        return out;
    }

    /** Ends the reading: computes the idf of every term over all documents, as Lucene's BM25 does. */
    private void freeze() {
        idf = new double[ids.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = idf(docFreq[i]);
        }
        unseenIdf = idf(1);
        docFreq = null;
    }

    private double idf(int df) {
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    /** The term numbers of a query's terms; -1 for a term no label has. */
    int[] numbers(String lang, Set<String> terms) {
        int[] out = new int[terms.size()];
        int i = 0;
        for (String t : terms) {
            out[i++] = ids.getOrDefault(lang + '\u0000' + t, -1);
        }
        return out;
    }

    /** IDF-weighted Dice overlap of a query's terms and a document's terms, 0..1. */
    double dice(int[] query, int doc) {
        int[] label = docTerms[doc];
        double common = 0;
        double all = 0;
        for (int q : query) {
            double w = q < 0 ? unseenIdf : idf[q];
            all += w;
            for (int t : label) {
                if (t == q) {
                    common += 2 * w;
                    break;
                }
            }
        }
        for (int t : label) {
            all += idf[t];
        }
        return all == 0 ? 0 : common / all;
    }

    int documents() {
        return docs;
    }
}
