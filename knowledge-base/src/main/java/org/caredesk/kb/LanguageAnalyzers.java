package org.caredesk.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;

/**
 * The one place that decides how text is analysed, for indexing, querying and highlighting alike
 * (the same analyzer on both sides is what makes stems meet). A change here changes the indexed
 * terms: raise {@link #VERSION} so that indexes built before are rebuilt.
 *
 * <ul>
 *   <li>title, body, tags: English (possessives, stop words, Porter2 stemming: {@link #englishStemming()}) or
 *       Italian (elision, stop words, Snowball stemming: {@link #italianStemming()}), by the field's language;</li>
 *   <li>spelling: words as the user types them (lower-cased, no stemming), so a correction is a real
 *       word and not a stem such as "warranti";</li>
 *   <li>title words for autocomplete: lower-cased and accent-folded, so "perche" completes "perché".</li>
 * </ul>
 */
final class LanguageAnalyzers {

    /** Italian articles and prepositions that elide ("l'ordine", "dell'articolo"); as in Lucene's ItalianAnalyzer. */
    private static final CharArraySet ITALIAN_ELISIONS = new CharArraySet(
            List.of(
                    "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
                    "negl", "sugl", "un", "m", "t", "s", "v", "d"),
            true);

    /**
     * Stamped on every index {@link ArticleIndex#rebuild rebuilt} with this analysis; an index with
     * another stamp reports no {@link ArticleIndex#versions() versions}, so the caller rebuilds it.
     * 2: Snowball Italian stemming. 3: Snowball English (Porter2) stemming.
     */
    static final String VERSION = "3";

    private LanguageAnalyzers() {}

    /** A new per-field analyzer; the caller owns it and closes it. */
    static Analyzer create() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Language language : Language.values()) {
            Analyzer stemming = stemming(language);
            perField.put(ArticleFields.title(language), stemming);
            perField.put(ArticleFields.body(language), stemming);
            perField.put(ArticleFields.tags(language), stemming);
            perField.put(ArticleFields.spelling(language), words(language));
        }
        perField.put(ArticleFields.TITLE_WORDS, foldedWords());
        // Everything else (id, language, category) is an exact term.
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    private static Analyzer stemming(Language language) {
        return switch (language) {
            case EN -> englishStemming();
            case IT -> italianStemming();
        };
    }

    /**
     * As Lucene's {@link EnglishAnalyzer} (possessives, lower case, stop words) but with the Snowball
     * English stemmer (Porter2) instead of the original Porter one: Porter2 mends Porter's known
     * faults (e.g. "-li" endings, "generous"/"general" no longer meet) and is what the Snowball project
     * recommends. Measured on StackFAQ dev (docs/benchmarks.md): MRR@10 0.897 Porter, 0.901 Porter2;
     * held out 0.891, 0.894. Before the answer features of the second stage: 0.884, 0.888.
     */
    private static Analyzer englishStemming() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new SnowballFilter(stream, new EnglishStemmer()));
            }
        };
    }

    /**
     * As Lucene's {@link ItalianAnalyzer} (elision, lower case, Snowball stop words) but with the
     * Snowball Italian stemmer instead of the light one: it also brings a verb and its noun together
     * ("pagare", "pagamento"; "rateizzare", "rateizzazione"; "allaccio", "allacciamento"), which is
     * how people ask about what a help text names.
     * Measured on QA4FAQ dev (docs/benchmarks.md): MRR@10 0.519 light, 0.524 Snowball; nDCG@10 0.560, 0.570.
     */
    private static Analyzer italianStemming() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, ITALIAN_ELISIONS);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, ItalianAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(source, new SnowballFilter(stream, new ItalianStemmer()));
            }
        };
    }

    private static Analyzer words(Language language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream =
                        switch (language) {
                            case EN -> new EnglishPossessiveFilter(source);
                            case IT -> new ElisionFilter(source, ITALIAN_ELISIONS);
                        };
                return new TokenStreamComponents(source, new LowerCaseFilter(stream));
            }
        };
    }

    private static Analyzer foldedWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, ITALIAN_ELISIONS);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }
}
