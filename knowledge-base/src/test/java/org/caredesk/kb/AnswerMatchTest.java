package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnswerMatchTest {

    private final Analyzer analyzer = LanguageAnalyzers.create();
    private final TitleOverlap stems = new TitleOverlap(analyzer, QuestionWords.load(analyzer));

    @AfterEach
    void close() {
        analyzer.close();
    }

    @Test
    void aLongerOrShorterFormOfAStemCountsButNotAShortStemInsideAnotherWord() {
        assertTrue(AnswerMatch.hasForm("friend", Set.of("unfriend")));
        assertTrue(AnswerMatch.hasForm("strikethrough", Set.of("strike")));
        assertFalse(AnswerMatch.hasForm("art", Set.of("start")), "three letters are too few");
        assertFalse(AnswerMatch.hasForm("mail", Set.of("mai")), "nor a word of three letters");
    }

    @Test
    void theQueryWordsTogetherInOneSentenceOutrankTheSameWordsScatteredOverALongAnswer() {
        double[] together = features(
                "How do I export my chat history?",
                "Open the settings and choose export chat history. Anything else you need is in the help pages.");
        double[] scattered = features(
                "How do I export my chat history?",
                "The chat window keeps a list of contacts. " + "Many people write in to ask about this. ".repeat(4)
                        + "You can export your photos from the gallery. " + "It is well worth a look. ".repeat(4)
                        + "The history of the service goes back ten years.");

        assertEquals(1.0, together[WINDOW], 1e-9, "export, chat and history within a few words");
        assertTrue(scattered[WINDOW] < 0.5, "no few words hold two of them: " + scattered[WINDOW]);
        assertEquals(1.0, together[PAIRS], 1e-9, "export-chat and chat-history stay neighbours");
        assertEquals(0.0, scattered[PAIRS], 1e-9);
        assertEquals(1.0, scattered[IN_BODY], 1e-9, "every word is somewhere in the answer");
    }

    @Test
    void anAnswerThatUsesAnotherFormOfTheQueryWordCounts() {
        double[] f = features("find who unfriended me", "The list of your friends shows who left it since last week.");

        assertTrue(f[IN_BODY] > 0, "friend is a form of unfriend");
        assertEquals(0.0, f[IN_TITLE], 1e-9, "the title says nothing of it");
    }

    private static final int IN_BODY = 0;
    private static final int IN_TITLE = 1;
    private static final int WINDOW = 2;
    private static final int PAIRS = 3;

    /** The four answer features of one English article titled "Chat settings" with {@code body}. */
    private double[] features(String query, String body) {
        List<String> ordered = stems.orderedContentStems(Language.EN, query);
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(ordered));
        double[] idf = new double[distinct.size()];
        java.util.Arrays.fill(idf, 1.0);
        AnswerMatch match = new AnswerMatch(distinct, idf, distinct.size(), ordered);
        StoredHits.Stored hit =
                new StoredHits.Stored(1, Language.EN, "", "Chat settings", body, new AnswerTerms.Memo());
        double[] f = new double[4];
        match.fill(
                stems.answerTerms(hit),
                stems.contentStems(Language.EN, hit.title()),
                f,
                IN_BODY,
                IN_TITLE,
                WINDOW,
                PAIRS);
        return f;
    }
}
