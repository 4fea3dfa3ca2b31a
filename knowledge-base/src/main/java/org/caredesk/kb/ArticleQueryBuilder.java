package org.caredesk.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the search query from whatever the user typed.
 *
 * <p>No query parser is involved: the text is only ever analysed into terms, so Lucene syntax
 * ({@code + - && || ! ( ) " ~ * ? : \ /}, AND/OR/NOT) is just more text and cannot make a query
 * fail. Per language searched, every term is a SHOULD clause on title, tags and body (weighted in
 * that order, and less for the words that only say how the question is asked: {@link QuestionWords}),
 * two words typed apart also match as the one word an article may write ("back up", backup), the
 * whole query is additionally a phrase on title and body, and longer terms also match fuzzily at a
 * low weight so that typos still find something.
 *
 * <p>Synonyms ({@link QuerySynonyms}) add, per other way of saying a matched word or phrase, the
 * same three clauses (a phrase for a multi-word synonym) at a slightly lower weight than the
 * words actually typed.
 *
 * <p>The term caps keep the total clause count (after fuzzy expansion) well below Lucene's limit
 * of 1024: per language at most 64×3 term clauses + 8×3 compound clauses + 2 phrases of ≤12 terms
 * + 8×2×10 fuzzy expansions + 16×3 synonym clauses = 448, so 896 for both languages.
 */
final class ArticleQueryBuilder {

    static final int MAX_TERMS = 64;
    static final int MAX_PHRASE_TERMS = 12;
    static final int MAX_FUZZY_TERMS = 8;
    static final int MIN_FUZZY_LENGTH = 4;
    /** Longer "words" are pasted codes or keyboard noise, and their edit automata get expensive. */
    static final int MAX_FUZZY_LENGTH = 30;

    private static final int FUZZY_EXPANSIONS = 10;
    static final int MAX_SYNONYM_EXPANSIONS = 16;
    static final int MAX_COMPOUNDS = 8;

    // Relative weights. Title words say what an article is about; body words may be incidental.
    static final float TITLE_BOOST = 3f;
    static final float TAGS_BOOST = 2f;
    static final float BODY_BOOST = 1f;
    /** The words in the order typed are much stronger evidence than the words scattered. */
    static final float PHRASE_BOOST = 2f;
    /** Low enough that an exact match always outranks a near miss. */
    static final float FUZZY_BOOST = 0.2f;
    /** A synonym is good evidence, but the word the user chose is better. */
    static final float SYNONYM_BOOST = 0.8f;

    /**
     * A question word ({@link QuestionWords}: "how", "can", "posso") counts this much of a word the
     * query is about. Measured on the public FAQ collections (docs/benchmarks.md): 1 (no difference)
     * 0.843 / 0.509 MRR@10, 0.3 0.857 / 0.512, 0.1 0.850 / 0.508, 0.02 0.849 / 0.508 (English / Italian).
     * Not 0: "how do I" alone still has to find something.
     */
    static final float QUESTION_WORD_WEIGHT = 0.3f;

    private final Analyzer analyzer;
    private final QuestionWords questionWords;

    ArticleQueryBuilder(Analyzer analyzer) {
        this(analyzer, QuestionWords.load(analyzer));
    }

    ArticleQueryBuilder(Analyzer analyzer, QuestionWords questionWords) {
        this.analyzer = analyzer;
        this.questionWords = questionWords;
    }

    /** The query, or empty when the text holds no searchable word (blank, only punctuation or stop words). */
    Optional<Query> build(String text, Set<Language> languages) {
        return build(text, languages, QuerySynonyms.NONE, (language, term) -> false);
    }

    /**
     * As {@link #build(String, Set)}, expanded with {@code synonyms}; terms that {@code known} says
     * the index has (in a language's title, tags or body) are not also matched fuzzily: a word
     * spelt right gains nothing from its neighbours but noise, and each fuzzy term costs a read of
     * the words near it.
     */
    Optional<Query> build(
            String text, Set<Language> languages, QuerySynonyms synonyms, BiPredicate<Language, String> known) {
        return build(text, languages, synonyms, known, UnaryOperator.identity());
    }

    /**
     * As {@link #build(String, Set, QuerySynonyms, BiPredicate)}, each fuzzy clause passed through
     * {@code expandFuzzy} (which may rewrite it to the words it matches, or return it unchanged).
     */
    Optional<Query> build(
            String text,
            Set<Language> languages,
            QuerySynonyms synonyms,
            BiPredicate<Language, String> known,
            UnaryOperator<Query> expandFuzzy) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (Language language : languages) {
            // Analysed separately per language: "refunds" stems differently in English and Italian.
            List<AnalyzedTerm> terms = TermAnalysis.analyze(analyzer, ArticleFields.body(language), text, MAX_TERMS);
            if (!terms.isEmpty()) {
                List<QuerySynonyms.Variant> expansions = synonyms.expansions(language, terms);
                List<String> compounds = compounds(text, language, terms, term -> known.test(language, term));
                query.add(
                        forLanguage(
                                language,
                                terms,
                                expansions,
                                compounds,
                                term -> known.test(language, term),
                                expandFuzzy,
                                term -> questionWords.contains(language, term)),
                        Occur.SHOULD);
                any = true;
            }
        }
        return any ? Optional.of(query.build()) : Optional.empty();
    }

    /**
     * Two words typed apart that the articles write as one ("back up" for backup, "git hub", "wi fi",
     * "lavastoviglie" typed "lava stoviglie"): the joined word, where some article has it.
     */
    private List<String> compounds(String text, Language language, List<AnalyzedTerm> terms, Predicate<String> known) {
        List<String> compounds = new ArrayList<>();
        for (int i = 0; i + 1 < terms.size() && compounds.size() < MAX_COMPOUNDS; i++) {
            AnalyzedTerm first = terms.get(i);
            AnalyzedTerm second = terms.get(i + 1);
            if (second.position() != first.position() + 1) {
                continue;
            }
            String gap = text.substring(first.endOffset(), second.startOffset());
            if (!gap.isBlank() && !gap.strip().equals("-")) {
                continue;
            }
            String joined = text.substring(first.startOffset(), first.endOffset())
                    + text.substring(second.startOffset(), second.endOffset());
            List<AnalyzedTerm> word = TermAnalysis.analyze(analyzer, ArticleFields.body(language), joined, 2);
            if (word.size() == 1 && known.test(word.get(0).text())) {
                compounds.add(word.get(0).text());
            }
        }
        return compounds;
    }

    private Query forLanguage(
            Language language,
            List<AnalyzedTerm> terms,
            List<QuerySynonyms.Variant> expansions,
            List<String> compounds,
            Predicate<String> known,
            UnaryOperator<Query> expandFuzzy,
            Predicate<String> questionWord) {
        String title = ArticleFields.title(language);
        String body = ArticleFields.body(language);
        String tags = ArticleFields.tags(language);
        BooleanQuery.Builder query = new BooleanQuery.Builder();

        Set<String> distinct = new LinkedHashSet<>();
        terms.forEach(term -> distinct.add(term.text()));
        // A query of question words only ("how do I") keeps them at full weight: they are all it says.
        boolean onlyQuestionWords = distinct.stream().allMatch(questionWord);
        for (String term : distinct) {
            float weight = !onlyQuestionWords && questionWord.test(term) ? QUESTION_WORD_WEIGHT : 1f;
            query.add(boosted(new TermQuery(new Term(title, term)), TITLE_BOOST * weight), Occur.SHOULD);
            query.add(boosted(new TermQuery(new Term(tags, term)), TAGS_BOOST * weight), Occur.SHOULD);
            query.add(boosted(new TermQuery(new Term(body, term)), BODY_BOOST * weight), Occur.SHOULD);
        }

        for (String compound : compounds) {
            if (distinct.contains(compound)) {
                continue;
            }
            query.add(boosted(new TermQuery(new Term(title, compound)), TITLE_BOOST), Occur.SHOULD);
            query.add(boosted(new TermQuery(new Term(tags, compound)), TAGS_BOOST), Occur.SHOULD);
            query.add(boosted(new TermQuery(new Term(body, compound)), BODY_BOOST), Occur.SHOULD);
        }

        expansions.stream().limit(MAX_SYNONYM_EXPANSIONS).forEach(synonym -> {
            query.add(boosted(termOrPhrase(title, synonym.terms()), TITLE_BOOST * SYNONYM_BOOST), Occur.SHOULD);
            query.add(boosted(termOrPhrase(tags, synonym.terms()), TAGS_BOOST * SYNONYM_BOOST), Occur.SHOULD);
            query.add(boosted(termOrPhrase(body, synonym.terms()), BODY_BOOST * SYNONYM_BOOST), Occur.SHOULD);
        });

        if (terms.size() > 1 && terms.size() <= MAX_PHRASE_TERMS) {
            query.add(boosted(phrase(title, terms), TITLE_BOOST * PHRASE_BOOST), Occur.SHOULD);
            query.add(boosted(phrase(body, terms), BODY_BOOST * PHRASE_BOOST), Occur.SHOULD);
        }

        distinct.stream()
                .filter(term -> term.codePointCount(0, term.length()) >= MIN_FUZZY_LENGTH
                        && term.length() <= MAX_FUZZY_LENGTH
                        && !known.test(term))
                .limit(MAX_FUZZY_TERMS)
                .forEach(term -> {
                    query.add(boosted(expandFuzzy.apply(fuzzy(title, term)), TITLE_BOOST * FUZZY_BOOST), Occur.SHOULD);
                    query.add(boosted(expandFuzzy.apply(fuzzy(body, term)), BODY_BOOST * FUZZY_BOOST), Occur.SHOULD);
                });
        return query.build();
    }

    private static Query termOrPhrase(String field, List<AnalyzedTerm> terms) {
        return terms.size() == 1 ? new TermQuery(new Term(field, terms.get(0).text())) : phrase(field, terms);
    }

    /** Keeps the stop-word gaps, so "return the item" also matches where the text says "return an item". */
    private static Query phrase(String field, List<AnalyzedTerm> terms) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = terms.get(0).position();
        for (AnalyzedTerm term : terms) {
            phrase.add(new Term(field, term.text()), term.position() - first);
        }
        return phrase.build();
    }

    /**
     * One edit up to six letters, two beyond; the first letter must match, which is how people
     * misspell and which keeps the automaton small.
     */
    private static Query fuzzy(String field, String term) {
        int maxEdits = term.length() > 6 ? 2 : 1;
        return new FuzzyQuery(new Term(field, term), maxEdits, 1, FUZZY_EXPANSIONS, true);
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
