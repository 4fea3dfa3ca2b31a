package org.caredesk.sentiment.polarity;

import java.util.List;

/**
 * A text as the sentiment model sees it.
 *
 * @param tokenCount tokens the tokenizer produced
 * @param words      the model's input words (lower-cased, negation-marked, emphasis repeated)
 */
public record PolarityTokens(int tokenCount, List<String> words) {
    public PolarityTokens {
        words = List.copyOf(words);
    }

    public String[] wordArray() {
        return words.toArray(String[]::new);
    }
}
