package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever lands in the search box, search and suggest answer instead of throwing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryRobustnessTest {

    @TempDir
    static Path dir;

    ArticleIndex index;

    @BeforeAll
    void open() {
        index = SampleArticles.index(dir);
    }

    @AfterAll
    void close() {
        index.close();
    }

    static Stream<String> nastyQueries() {
        return Stream.of(
                "",
                " ",
                "   \t\n ",
                "+",
                "-",
                "&&",
                "||",
                "!",
                "(",
                ")",
                "{",
                "}",
                "[",
                "]",
                "^",
                "\"",
                "~",
                "*",
                "?",
                ":",
                "\\",
                "/",
                "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
                "+refund -delivery",
                "refund && warranty || !password",
                "(refund",
                "refund)",
                "{refund]",
                "refund^2",
                "\"refund",
                "refund\"",
                "\"unbalanced \"quotes\"",
                "refund~2",
                "ref*",
                "?efund",
                "title:refund",
                "body_en:refund",
                "\\refund",
                "a/b/c",
                "/regex.*/",
                "[a TO z]",
                "{* TO *}",
                "AND",
                "OR",
                "NOT",
                "AND OR NOT",
                "refund AND",
                "NOT refund",
                "OR OR OR",
                "😀",
                "refund 😀🔥",
                "👨‍👩‍👧",
                "\u0000",
                "\uD800",
                "refund\uDC00",
                "\u202Erefund",
                "%%%",
                "null",
                "<script>alert(1)</script>",
                "'; DROP TABLE articles; --",
                "l'",
                "dell'",
                "'s",
                "x".repeat(10_000),
                "refund ".repeat(2_000),
                distinctWords(2_000),
                "ä".repeat(300) + " " + "é".repeat(300));
    }

    private static String distinctWords(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "word" + i + " warrenty" + i)
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @MethodSource("nastyQueries")
    void searchAnswersAnyText(String query) {
        for (String language : new String[] {null, "en", "it"}) {
            SearchResult result = index.search(new SearchRequest(query, language, 100, 0));

            assertNotNull(result);
            assertTrue(result.total() >= result.hits().size());
            result.hits().forEach(hit -> assertNotNull(hit.snippet()));
        }
    }

    @ParameterizedTest
    @MethodSource("nastyQueries")
    void suggestAnswersAnyText(String prefix) {
        assertNotNull(index.suggest(prefix, null, 10));
        assertNotNull(index.suggest(prefix, "it", 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "+", "\"", "&& ||", "!!!", "the", "AND OR NOT"})
    void textWithoutSearchableWordsGivesNoHits(String query) {
        SearchResult result = index.search(new SearchRequest(query, "en", 10, 0));

        assertEquals(0, result.total());
        assertTrue(result.hits().isEmpty());
        assertNull(result.suggestion());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+refund",
                "(refund)",
                "\"refund",
                "refund\"",
                "refund~",
                "refund*",
                "refund^3",
                "!refund",
                "refund:",
                "[refund]",
                "{refund}",
                "\\refund",
                "refund/",
                "refund AND",
                "NOT refund"
            })
    void syntaxCharactersAroundAWordAreIgnored(String query) {
        assertEquals(
                SampleArticles.REFUND_EN,
                ids(index.search(new SearchRequest(query, "en", 10, 0))).get(0));
    }

    @Test
    void nullRequestAndNullQueryGiveNoHits() {
        assertEquals(0, index.search(null).total());
        assertEquals(0, index.search(new SearchRequest(null, null, 10, 0)).total());
        assertEquals(List.of(), index.suggest(null, null, 10));
    }

    @Test
    void hugeQueryStillFindsByItsFirstWords() {
        SearchResult result = index.search(SearchRequest.of("refund " + "zzz ".repeat(5_000)));

        assertEquals(SampleArticles.REFUND_EN, ids(result).get(0));
    }
}
