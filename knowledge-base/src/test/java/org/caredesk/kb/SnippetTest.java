package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest extends SampleIndexTest {

    @Test
    void matchesAreMarked() {
        String snippet = snippet("forgot password", SampleArticles.PASSWORD_EN);

        assertTrue(snippet.contains("<mark>forgot</mark>"), snippet);
        assertTrue(
                snippet.contains("<mark>password</mark>") || snippet.contains("<mark>forgot password</mark>"), snippet);
    }

    @Test
    void stemmedAndFuzzyMatchesAreMarkedAsWritten() {
        assertTrue(snippet("parcels", SampleArticles.DELIVERY_EN).contains("<mark>parcel</mark>"));
        assertTrue(snippet("refnd", SampleArticles.DELIVERY_EN).contains("<mark>refund</mark>"));
    }

    @Test
    void stopWordsOfTheQueryAreNotMarked() {
        index.upsert(SampleArticles.en(
                72,
                "Sending a parcel back",
                "Sign in, open my orders and choose the parcel you want to send back from the list.",
                "Returns",
                List.of()));

        String snippet = snippet("return a parcel from my orders", 72);

        assertTrue(snippet.contains("<mark>parcel</mark>") && snippet.contains("<mark>orders</mark>"), snippet);
        assertFalse(snippet.contains("<mark>my</mark>"), snippet);
        assertFalse(snippet.contains("<mark>from</mark>"), snippet);
    }

    @Test
    void aQueryOfStopWordsOnlyStillMarksThem() {
        index.upsert(SampleArticles.en(73, "Where from", "Tell us where it came from.", "Other", List.of()));

        assertTrue(snippet("from", 73).contains("<mark>from</mark>"), snippet("from", 73));
    }

    @Test
    void textIsEscapedAndScriptElementsAreDropped() {
        String snippet = snippet("code tags", SampleArticles.SCRIPT_EN);

        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertFalse(snippet.contains("<script"), snippet);
        assertFalse(snippet.contains("owned"), "script content is not article text: " + snippet);
        assertOnlyMarkTags(snippet);
    }

    @Test
    void htmlTagsOfTheBodyAreStrippedNotShown() {
        String snippet = snippet("password", SampleArticles.PASSWORD_EN);

        assertFalse(snippet.contains("&lt;p&gt;"), snippet);
        assertFalse(snippet.contains("&lt;i&gt;"), snippet);
        assertOnlyMarkTags(snippet);
    }

    @Test
    void entitiesInTheBodyAreDecodedThenEscapedOnce() {
        String snippet = snippet("receipt", SampleArticles.WARRANTY_EN);

        assertTrue(snippet.contains("receipt</mark> &amp; the serial"), snippet);
    }

    @Test
    void titleOnlyMatchFallsBackToTheStartOfTheBody() {
        // "coverage" is only in the title of the warranty article.
        String snippet = snippet("coverage", SampleArticles.WARRANTY_EN);

        assertTrue(snippet.startsWith("All appliances carry a two-year warranty"), snippet);
        assertFalse(snippet.contains("<mark>"), snippet);
    }

    @Test
    void longBodyGivesAShortSnippetAroundTheMatch() {
        String filler = "Our team checks every request carefully and answers within two days. ".repeat(30);
        index.upsert(SampleArticles.en(
                70, "Long article", filler + "Ask about the loyalty programme here. " + filler, "Other", List.of()));

        String snippet = snippet("loyalty", 70);
        String text = snippet.replace("<mark>", "").replace("</mark>", "");

        assertTrue(snippet.contains("<mark>loyalty</mark>"), snippet);
        assertTrue(text.startsWith("…") && text.endsWith("…"), snippet);
        assertTrue(text.length() >= 150 && text.length() <= 260, "length " + text.length() + ": " + snippet);
    }

    @Test
    void longBodyWithoutMatchFallsBackToAShortOpening() {
        String body = "Word ".repeat(500);
        index.upsert(SampleArticles.en(71, "Loyalty programme", body, "Other", List.of()));

        String snippet = snippet("loyalty", 71);

        assertTrue(snippet.length() <= SnippetHighlighter.SNIPPET_LENGTH + 2, snippet);
        assertTrue(snippet.startsWith("Word Word") && snippet.endsWith("…"), snippet);
    }

    private String snippet(String query, long id) {
        return index.search(new SearchRequest(query, null, 100, 0)).hits().stream()
                .filter(hit -> hit.id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("article " + id + " not found for " + query))
                .snippet();
    }

    private static void assertOnlyMarkTags(String snippet) {
        String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), snippet);
        assertEquals(-1, withoutMarks.indexOf('"'), snippet);
    }
}
