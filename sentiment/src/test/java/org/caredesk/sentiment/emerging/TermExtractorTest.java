package org.caredesk.sentiment.emerging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermExtractorTest {

    @Test
    void wordsAndAdjacentPairsWithoutFunctionWords() {
        Set<String> terms = new TermExtractor().terms("THE DOOR PANEL WIRE was melted by the seat belt");
        assertEquals(
                List.of("door", "panel", "wire", "melted", "seat", "belt", "door panel", "panel wire", "seat belt"),
                List.copyOf(terms));
    }
}
