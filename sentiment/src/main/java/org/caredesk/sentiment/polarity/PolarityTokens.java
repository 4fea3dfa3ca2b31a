package org.caredesk.sentiment.polarity;

import java.util.List;
import java.util.Objects;

/**
 * A text as the sentiment model sees it.
 *
 * @param tokenCount tokens the tokenizer produced
 * @param words      the model's input words (lower-cased, negation-marked, emphasis repeated)
 * @param lexicon    what the valence rules make of the text (see {@link LexiconScorer})
 */
public record PolarityTokens(int tokenCount, List<String> words, LexiconScore lexicon) {
    public PolarityTokens {
        words = List.copyOf(words);
        Objects.requireNonNull(lexicon, "lexicon");
    }

    /** Words without a lexicon reading (neutral prior). */
    public PolarityTokens(int tokenCount, List<String> words) {
        this(tokenCount, words, LexiconScore.NONE);
    }

    public String[] wordArray() {
        return words.toArray(String[]::new);
    }
}
