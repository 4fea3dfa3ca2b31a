package org.caredesk.kb.casesearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** The index's fields and how a case becomes a document. */
final class CaseFields {
    static final String NUMBER = "number";
    static final String STATUS = "status";
    static final String CHANNEL = "channel";
    static final String LANGUAGE = "language";
    static final String PRODUCT = "product";
    static final String ASSIGNEE = "assignee";
    static final String SENTIMENT = "sentiment";
    static final String HAZARD = "hazard";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String TAG = "tag";
    static final String CREATED = "created";
    static final String UPDATED = "updated";
    /** Every word of the case, folded (lower case, no accents), unstemmed: what the search box matches. */
    static final String TEXT = "text";
    /** The customer's name, folded: a name match ranks above a word in a message. */
    static final String NAME = "name";
    /** The consumer's words, stemmed per language: what similar cases are compared on. */
    static final String LIKE_EN = "like_en";

    static final String LIKE_IT = "like_it";

    static final int MIN_PHONE_DIGITS = 7;

    private CaseFields() {}

    static Analyzer analyzer() {
        try {
            Analyzer folding = CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .build();
            return new PerFieldAnalyzerWrapper(
                    new KeywordAnalyzer(),
                    Map.of(
                            TEXT,
                            folding,
                            NAME,
                            folding,
                            LIKE_EN,
                            new EnglishAnalyzer(),
                            LIKE_IT,
                            new ItalianAnalyzer()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document document(IndexedCase c) {
        Document d = new Document();
        d.add(new StringField(NUMBER, normalNumber(c.number()), Field.Store.YES));
        keyword(d, STATUS, c.status());
        keyword(d, CHANNEL, c.channel());
        keyword(d, LANGUAGE, c.language());
        keyword(d, PRODUCT, c.product());
        d.add(new StringField(
                ASSIGNEE, c.assignee() == null ? CaseFilter.UNASSIGNED : lower(c.assignee()), Field.Store.NO));
        keyword(d, SENTIMENT, c.sentiment());
        d.add(new StringField(HAZARD, Boolean.toString(c.hazard()), Field.Store.NO));
        c.emails().forEach(e -> keyword(d, EMAIL, e));
        c.phones().stream()
                .map(CaseFields::digits)
                .flatMap(CaseFields::phoneEndings)
                .distinct()
                .forEach(p -> keyword(d, PHONE, p));
        c.tags().forEach(t -> keyword(d, TAG, t));
        long created = c.createdAt().toEpochMilli();
        d.add(new LongPoint(CREATED, created));
        d.add(new NumericDocValuesField(CREATED, created));
        d.add(new NumericDocValuesField(UPDATED, c.updatedAt().toEpochMilli()));
        if (c.customerName() != null) {
            d.add(new TextField(NAME, c.customerName(), Field.Store.NO));
        }
        String all = String.join(
                "\n",
                c.number(),
                c.subject(),
                nonNull(c.customerName()),
                nonNull(c.product()),
                String.join(" ", c.tags()),
                String.join(" ", c.emails()),
                c.consumerText(),
                c.staffText());
        d.add(new TextField(TEXT, all, Field.Store.NO));
        String consumer = c.subject() + "\n" + c.consumerText();
        d.add(new TextField("it".equals(c.language()) ? LIKE_IT : LIKE_EN, consumer, Field.Store.NO));
        return d;
    }

    static String normalNumber(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }

    static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    /**
     * The number and its endings from seven digits on: an agent types "02 1234 5678" for a number stored
     * as "+39 02 1234 5678", or the other way round.
     */
    private static java.util.stream.Stream<String> phoneEndings(String digits) {
        return java.util.stream.IntStream.rangeClosed(0, Math.max(0, digits.length() - MIN_PHONE_DIGITS))
                .mapToObj(digits::substring)
                .filter(p -> !p.isEmpty());
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, lower(value), Field.Store.NO));
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
