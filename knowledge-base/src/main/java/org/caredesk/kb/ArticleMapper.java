package org.caredesk.kb;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link ArticleDocument} into the Lucene document described by {@link ArticleFields}. */
final class ArticleMapper {

    /** Stored with offsets in the postings so the highlighter need not re-analyse plain term queries. */
    private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);
    /** Only "does this word exist" matters for spelling: no frequencies, positions or norms. */
    private static final FieldType VOCABULARY = new FieldType();

    static {
        BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY.freeze();
        VOCABULARY.setIndexOptions(IndexOptions.DOCS);
        VOCABULARY.setTokenized(true);
        VOCABULARY.setOmitNorms(true);
        VOCABULARY.freeze();
    }

    private static final int MAX_TITLE_START = 200;

    private ArticleMapper() {}

    static Term idTerm(long id) {
        return new Term(ArticleFields.ID, Long.toString(id));
    }

    static Document toDocument(ArticleDocument article) {
        Language language = Language.fromCode(article.language()).orElseThrow();
        String body = Html.toPlainText(article.body());
        List<String> labels = new ArrayList<>(article.tags());
        labels.addAll(article.products());
        if (!article.category().isBlank()) {
            labels.add(article.category());
        }

        Document doc = new Document();
        doc.add(new StringField(ArticleFields.ID, Long.toString(article.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ArticleFields.ID_VALUE, article.id()));
        if (article.updatedAt() != null) {
            doc.add(new NumericDocValuesField(ArticleFields.UPDATED, micros(article.updatedAt())));
        }
        doc.add(new StringField(ArticleFields.LANGUAGE, language.code(), Field.Store.YES));
        doc.add(new StringField(ArticleFields.CATEGORY, article.category(), Field.Store.YES));
        doc.add(new StoredField(ArticleFields.TITLE, article.title()));
        for (String product : article.products()) {
            doc.add(new StringField(ArticleFields.PRODUCT, product, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(ArticleFields.PRODUCT, new BytesRef(product)));
        }
        if (!article.category().isBlank()) {
            doc.add(new SortedDocValuesField(ArticleFields.CATEGORY_FACET, new BytesRef(article.category())));
        }

        doc.add(new TextField(ArticleFields.title(language), article.title(), Field.Store.NO));
        doc.add(new Field(ArticleFields.body(language), body, BODY));
        for (String label : labels) {
            doc.add(new TextField(ArticleFields.tags(language), label, Field.Store.NO));
        }

        String spelling = ArticleFields.spelling(language);
        doc.add(new Field(spelling, article.title(), VOCABULARY));
        doc.add(new Field(spelling, body, VOCABULARY));
        for (String label : labels) {
            doc.add(new Field(spelling, label, VOCABULARY));
        }

        doc.add(new TextField(ArticleFields.TITLE_WORDS, article.title(), Field.Store.NO));
        doc.add(new StringField(ArticleFields.TITLE_START, titleStart(article.title()), Field.Store.NO));
        return doc;
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** The form of a title (or a typed prefix) that {@link ArticleFields#TITLE_START} compares. */
    static String titleStart(String text) {
        String normalised = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        // A single term may not exceed 32 KB; nobody types more than this into a search box anyway.
        return normalised.length() <= MAX_TITLE_START ? normalised : normalised.substring(0, MAX_TITLE_START);
    }
}
