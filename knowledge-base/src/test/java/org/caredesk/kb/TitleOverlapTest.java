package org.caredesk.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TitleOverlapTest {

    private final Analyzer analyzer = LanguageAnalyzers.create();
    private final TitleOverlap overlap = new TitleOverlap(analyzer, QuestionWords.load(analyzer));

    @AfterEach
    void close() {
        analyzer.close();
    }

    @Test
    void diceCountsTheSharedStemsAgainstBothSets() {
        assertEquals(1.0, TitleOverlap.dice(Set.of("a", "b"), Set.of("b", "a")), 1e-9);
        assertEquals(2.0 * 1 / 5, TitleOverlap.dice(Set.of("a", "b"), Set.of("b", "c", "d")), 1e-9);
        assertEquals(0.0, TitleOverlap.dice(Set.of(), Set.of("a")), 1e-9);
    }

    @Test
    void contentStemsLeaveQuestionWordsOut() {
        assertEquals(
                Set.of("strikethrough", "text", "mail"),
                overlap.contentStems(Language.EN, "How can I strikethrough text in my mail?"));
    }
}
