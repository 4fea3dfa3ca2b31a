package org.caredesk.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs user text through an analyzer, stopping after a bounded number of tokens. */
final class TermAnalysis {

    private TermAnalysis() {}

    /**
     * The first {@code maxTerms} tokens of {@code text} as the analyzer of {@code field} produces
     * them. Stopping early is what keeps a 10,000-character query as cheap as a short one.
     */
    static List<AnalyzedTerm> analyze(Analyzer analyzer, String field, String text, int maxTerms) {
        List<AnalyzedTerm> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (terms.size() < maxTerms && stream.incrementToken()) {
                position += increment.getPositionIncrement();
                if (term.length() > 0) {
                    terms.add(new AnalyzedTerm(term.toString(), position, offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            // Only reachable through a broken analyzer: the input is an in-memory string.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
