package org.caredesk.kb.casesearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what an agent typed and the filters into one query. Every typed word must match somewhere: as
 * a case number, an e-mail address, a phone number (digits only, any punctuation), a tag, or a word of
 * the case (exactly, or with the help search's typo tolerance: one edit up to six letters, two beyond,
 * the first letter right). Filters do not score.
 */
final class CaseQueryBuilder {
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** Only what people write a phone number with: then the whole text is one number. */
    private static final Pattern PHONE_TEXT = Pattern.compile("[+0-9 ()./-]+");

    private static final int FUZZY_EXPANSIONS = 10;
    private static final int MAX_WORDS = 12;

    private final Analyzer analyzer;

    CaseQueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query build(CaseQuery request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean anyWord = false;
        String[] typed = request.text().isEmpty()
                ? new String[0]
                : phone(request.text()) ? new String[] {request.text().replace(" ", "")} : WORDS.split(request.text());
        for (int i = 0; i < typed.length && i < MAX_WORDS; i++) {
            Query word = word(typed[i]);
            if (word != null) {
                query.add(word, Occur.MUST);
                anyWord = true;
            }
        }
        if (!anyWord) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filters(request.filter(), query);
        return query.build();
    }

    /** Whether the text holds any word the index could match. */
    boolean hasWords(String text) {
        return !text.isBlank() && !analyze(text).isEmpty();
    }

    private Query word(String raw) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        String lower = CaseFields.lower(raw);
        any.add(new TermQuery(new Term(CaseFields.NUMBER, CaseFields.normalNumber(raw))), Occur.SHOULD);
        any.add(new TermQuery(new Term(CaseFields.EMAIL, lower)), Occur.SHOULD);
        any.add(new TermQuery(new Term(CaseFields.TAG, lower)), Occur.SHOULD);
        clauses += 3;
        String digits = CaseFields.digits(raw);
        if (phone(raw)) {
            any.add(new BoostQuery(new TermQuery(new Term(CaseFields.PHONE, digits)), 4f), Occur.SHOULD);
            clauses++;
        }
        List<String> terms = analyze(raw);
        if (!terms.isEmpty()) {
            // "CD-100001" or "anna.rossi@x.it" analyse to several words: all of them, in the case's text.
            BooleanQuery.Builder allTerms = new BooleanQuery.Builder();
            for (String term : terms) {
                allTerms.add(term(term), Occur.MUST);
            }
            any.add(allTerms.build(), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : any.build();
    }

    private static boolean phone(String text) {
        return PHONE_TEXT.matcher(text).matches() && CaseFields.digits(text).length() >= CaseFields.MIN_PHONE_DIGITS;
    }

    private static Query term(String term) {
        BooleanQuery.Builder one = new BooleanQuery.Builder();
        one.add(new BoostQuery(new TermQuery(new Term(CaseFields.NAME, term)), 3f), Occur.SHOULD);
        one.add(new BoostQuery(new TermQuery(new Term(CaseFields.TEXT, term)), 2f), Occur.SHOULD);
        if (term.length() > 2 && !term.chars().allMatch(Character::isDigit)) {
            int maxEdits = term.length() > 6 ? 2 : 1;
            one.add(
                    new BoostQuery(
                            new FuzzyQuery(new Term(CaseFields.TEXT, term), maxEdits, 1, FUZZY_EXPANSIONS, true), 0.5f),
                    Occur.SHOULD);
        }
        return one.build();
    }

    private static void filters(CaseFilter filter, BooleanQuery.Builder query) {
        if (!filter.statuses().isEmpty()) {
            BooleanQuery.Builder statuses = new BooleanQuery.Builder();
            filter.statuses().forEach(s -> statuses.add(keyword(CaseFields.STATUS, s), Occur.SHOULD));
            query.add(statuses.build(), Occur.FILTER);
        }
        filterOn(query, CaseFields.CHANNEL, filter.channel());
        filterOn(query, CaseFields.LANGUAGE, filter.language());
        filterOn(query, CaseFields.PRODUCT, filter.product());
        filterOn(query, CaseFields.SENTIMENT, filter.sentiment());
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            query.add(
                    CaseFilter.UNASSIGNED.equals(filter.assignee())
                            ? new TermQuery(new Term(CaseFields.ASSIGNEE, CaseFilter.UNASSIGNED))
                            : keyword(CaseFields.ASSIGNEE, filter.assignee()),
                    Occur.FILTER);
        }
        if (filter.hazard() != null) {
            query.add(new TermQuery(new Term(CaseFields.HAZARD, filter.hazard().toString())), Occur.FILTER);
        }
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli();
            long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochMilli() - 1;
            query.add(LongPoint.newRangeQuery(CaseFields.CREATED, from, to), Occur.FILTER);
        }
    }

    private static void filterOn(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(keyword(field, value), Occur.FILTER);
        }
    }

    private static Query keyword(String field, String value) {
        return new TermQuery(new Term(field, CaseFields.lower(value)));
    }

    private List<String> analyze(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(CaseFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
