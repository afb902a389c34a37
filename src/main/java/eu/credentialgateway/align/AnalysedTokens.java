package eu.credentialgateway.align;

import java.util.Iterator;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Hands terms analysed once (see {@link LabelTerms}) to Lucene's indexer, so a label is not analysed twice. */
final class AnalysedTokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Set<String> terms;
    private Iterator<String> next;

    AnalysedTokens(Set<String> terms) {
        this.terms = terms;
    }

    @Override
    public void reset() {
        next = terms.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (next == null || !next.hasNext()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(next.next());
        return true;
    }
}
