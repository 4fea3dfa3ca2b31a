package org.caredesk.kb;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Showing results for …": corrects the words of a query that the index has never seen to the
 * closest word it has, straight from the index's own vocabulary ({@link DirectSpellChecker}'s
 * answers, found without its automata by {@link ScanningSpellChecker}: no side index to keep in
 * step). A word counts as known if any searched language knows it, so "rimborso" is not
 * "corrected" to an English word when both languages are searched.
 */
final class SpellingSuggester {

    /** Only the start of a long query is corrected; a correction of word 40 helps nobody. */
    private static final int MAX_WORDS = 16;

    private final Analyzer analyzer;
    private final DirectSpellChecker checker = new ScanningSpellChecker(NearTerms.READ_BUDGET);
    /** The closest indexed words of an unknown word, per reader: people repeat the same typos. */
    private final VocabularyMemo<Term, SuggestWord[]> memo = new VocabularyMemo<>();

    SpellingSuggester(Analyzer analyzer) {
        this.analyzer = analyzer;
        // Defaults otherwise: at most 2 edits, first letter kept, words of 4+ letters only.
        checker.setAccuracy(0.6f);
        checker.setMaxQueryLength(ArticleQueryBuilder.MAX_FUZZY_LENGTH);
    }

    /** The whole query with unknown words replaced, or null when there is nothing to correct. */
    String suggest(IndexReader reader, String query, Set<Language> languages) throws IOException {
        Set<Integer> known = new HashSet<>();
        Map<Integer, Correction> corrections = new TreeMap<>();
        for (Language language : languages) {
            known.addAll(foundByStem(reader, query, language));
        }
        for (Language language : languages) {
            String field = ArticleFields.spelling(language);
            for (AnalyzedTerm word : TermAnalysis.analyze(analyzer, field, query, MAX_WORDS)) {
                if (!isWord(word.text())) {
                    continue; // numbers, codes, "l'x" that this language does not elide: nothing to correct
                }
                Term term = new Term(field, word.text());
                if (known.contains(word.startOffset())) {
                    continue; // matched as typed or through its stem: the costly edit-distance search is not needed
                }
                if (reader.docFreq(term) > 0) {
                    known.add(word.startOffset());
                    continue;
                }
                SuggestWord[] similar = corrections(reader, term);
                if (similar.length > 0) {
                    corrections.merge(word.startOffset(), new Correction(word, similar[0]), Correction::better);
                }
            }
        }
        known.forEach(corrections::remove);
        return corrections.isEmpty() ? null : rewrite(query, corrections);
    }

    private SuggestWord[] corrections(IndexReader reader, Term term) throws IOException {
        return memo.get(reader, term, t -> checker.suggestSimilar(t, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
    }

    /**
     * Where a query word matched some article through its stem ("elettrodomestico" finds
     * "elettrodomestici"): such a word is not misspelt even though that exact form is not indexed.
     */
    private Set<Integer> foundByStem(IndexReader reader, String query, Language language) throws IOException {
        Set<Integer> found = new HashSet<>();
        for (AnalyzedTerm stem : TermAnalysis.analyze(analyzer, ArticleFields.body(language), query, MAX_WORDS)) {
            for (String field : List.of(
                    ArticleFields.title(language), ArticleFields.body(language), ArticleFields.tags(language))) {
                if (reader.docFreq(new Term(field, stem.text())) > 0) {
                    found.add(stem.startOffset());
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isWord(String text) {
        return text.codePoints().allMatch(Character::isLetter);
    }

    /** Replaces only the corrected words, keeping the user's punctuation, spacing and capitals. */
    private static String rewrite(String query, Map<Integer, Correction> corrections) {
        StringBuilder rewritten = new StringBuilder();
        int position = 0;
        for (Correction correction : corrections.values()) {
            AnalyzedTerm word = correction.word();
            String original = query.substring(word.startOffset(), word.endOffset());
            // The token may be part of the original span: "l'ordne" (elision), "custmer's" (possessive).
            int at = original.toLowerCase(Locale.ROOT).indexOf(word.text());
            boolean inside = at >= 0 && at + word.text().length() <= original.length();
            int start = inside ? word.startOffset() + at : word.startOffset();
            int end = inside ? start + word.text().length() : word.endOffset();
            rewritten
                    .append(query, position, start)
                    .append(matchCase(query.substring(start, end), correction.suggestion().string));
            position = end;
        }
        return rewritten.append(query, position, query.length()).toString();
    }

    private static String matchCase(String original, String suggestion) {
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
            return suggestion.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(original.codePointAt(0))) {
            return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
        }
        return suggestion;
    }

    private record Correction(AnalyzedTerm word, SuggestWord suggestion) {
        /** Between languages: the closer word wins, then the more frequent one. */
        static Correction better(Correction a, Correction b) {
            int byScore = Float.compare(a.suggestion.score, b.suggestion.score);
            if (byScore != 0) {
                return byScore > 0 ? a : b;
            }
            return a.suggestion.freq >= b.suggestion.freq ? a : b;
        }
    }
}
