package eu.credentialgateway.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysed terms of every indexed label, kept beside the Lucene index so that a candidate's score
 * needs no second analysis: a dictionary of (language, term) to number, each term's document frequency
 * and BM25 idf, and each indexed label's term numbers. Filled while the index is built, then read-only.
 */
final class LabelTerms {
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] docFreq = new int[1 << 14];
    private double[] idf;
    private double unseenIdf;
    private int[][] docTerms = new int[1 << 14][];
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

    /** Records the next document's terms (document numbers are given in order from 0). */
    void addDocument(String lang, Set<String> terms) {
        int[] numbers = new int[terms.size()];
        int i = 0;
        for (String t : terms) {
            int id = ids.computeIfAbsent(lang + '\u0000' + t, k -> ids.size());
            if (id >= docFreq.length) {
                docFreq = Arrays.copyOf(docFreq, docFreq.length * 2);
            }
            docFreq[id]++;
            numbers[i++] = id;
        }
        if (docs == docTerms.length) {
            docTerms = Arrays.copyOf(docTerms, docs * 2);
        }
        docTerms[docs++] = numbers;
    }

    /** Ends the build: computes the idf of every term over all documents, as Lucene's BM25 does. */
    void freeze() {
        docTerms = Arrays.copyOf(docTerms, docs);
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
