package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;

class ArticleSimilarityTest {

    private final ArticleSimilarity similarity = new ArticleSimilarity();

    @Test
    void titlesOfEveryLanguageSaturateMoreSlowly() {
        for (Language language : Language.values()) {
            BM25Similarity title = (BM25Similarity) similarity.get(ArticleFields.title(language));
            assertEquals(ArticleSimilarity.TITLE_K1, title.getK1());
            assertEquals(0.75f, title.getB());
        }
    }

    @Test
    void otherFieldsKeepLuceneDefaults() {
        for (String field : new String[] {
            ArticleFields.body(Language.EN), ArticleFields.tags(Language.IT), ArticleFields.TITLE_WORDS
        }) {
            BM25Similarity other = (BM25Similarity) similarity.get(field);
            assertEquals(1.2f, other.getK1(), field);
            assertEquals(0.75f, other.getB(), field);
        }
    }
}
