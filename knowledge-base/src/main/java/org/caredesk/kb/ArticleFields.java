package org.caredesk.kb;

/**
 * The Lucene field names of an article.
 *
 * <p>Text fields carry the language in their name ({@code title_en}, {@code body_it}) so that
 * each is analysed with its own language's analyzer (see {@link LanguageAnalyzers}) and English
 * stems never meet Italian ones in the same term dictionary, which would skew BM25 statistics.
 */
final class ArticleFields {

    /** Exact id as a string term: the key for update and delete. */
    static final String ID = "id";
    /** Exact language code, stored for the hit. */
    static final String LANGUAGE = "lang";
    /** Exact category, stored for the hit. */
    static final String CATEGORY = "category";
    /** Exact product codes: indexed for filtering, sorted-set doc values for facet counts. */
    static final String PRODUCT = "product";
    /** The category as sorted doc values, for facet counts (a new name: old indexes lack it until rebuilt). */
    static final String CATEGORY_FACET = "category_facet";
    /** The id as numeric doc values, and {@link #UPDATED} beside it: what {@link ArticleIndex#versions()} reads. */
    static final String ID_VALUE = "id_value";
    /** When the article was last changed, in microseconds since the epoch (the databases' precision). */
    static final String UPDATED = "updated";
    /** The title as written, stored only: the searchable copies are the per-language fields. */
    static final String TITLE = "title";
    /** Title words, unstemmed and accent-folded, for autocomplete prefixes. */
    static final String TITLE_WORDS = "title_words";
    /** The whole lower-cased title as one term, to rank titles that start with the typed prefix first. */
    static final String TITLE_START = "title_start";

    private ArticleFields() {}

    /** Stemmed title words. */
    static String title(Language language) {
        return "title_" + language.code();
    }

    /** Stemmed plain-text body, stored with offsets for the highlighter. */
    static String body(Language language) {
        return "body_" + language.code();
    }

    /** Stemmed tags, products and category. */
    static String tags(Language language) {
        return "tags_" + language.code();
    }

    /** Unstemmed words of title, body and tags: the vocabulary for spelling corrections. */
    static String spelling(Language language) {
        return "spell_" + language.code();
    }
}
