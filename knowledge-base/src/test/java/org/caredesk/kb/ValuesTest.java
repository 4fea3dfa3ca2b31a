package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API records normalise what callers hand in. */
class ValuesTest {

    @Test
    void searchRequestClampsPagingAndNormalisesLanguage() {
        SearchRequest request = new SearchRequest(null, " IT ", 0, -3);

        assertEquals("", request.query());
        assertEquals("it", request.language());
        assertEquals(1, request.limit());
        assertEquals(0, request.offset());
        assertEquals(SearchRequest.MAX_LIMIT, new SearchRequest("x", null, 500, 0).limit());
        assertNull(new SearchRequest("x", "de", 10, 0).language());
        assertNull(new SearchRequest("x", "", 10, 0).language());
    }

    @Test
    void articleToleratesMissingTextButNotAnUnknownLanguage() {
        ArticleDocument article =
                new ArticleDocument(1, null, null, "EN-gb", null, Arrays.asList("a", null, " "), null, null);

        assertEquals("", article.title());
        assertEquals("", article.body());
        assertEquals("en", article.language());
        assertEquals(List.of("a"), article.tags());
        assertEquals(List.of(), article.products());
        assertThrows(
                IllegalArgumentException.class,
                () -> new ArticleDocument(1, "t", "b", "de", "c", List.of(), List.of(), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ArticleDocument(1, "t", "b", null, "c", List.of(), List.of(), null));
    }

    @Test
    void htmlBecomesPlainTextWithWordsKeptApart() {
        assertEquals(
                "First line Second & third", Html.toPlainText("<p>First <b>line</b></p><p>Second &amp; third</p>"));
        assertEquals("before after", Html.toPlainText("before <script>var x = '<p>';</script> after"));
        assertEquals("5 < 6", Html.toPlainText("5 < 6"));
    }

    @Test
    void escapeCoversTheHtmlSpecialCharacters() {
        assertEquals(
                "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
                Html.escape("<a href=\"x\">Tom & Jerry's</a>"));
    }
}
