package org.caredesk.sentiment.emerging;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms of one text: its words (three letters or more, not function words) and the pairs of
 * such words that stand next to each other ("seat belt", "door panel"), lower case, each once.
 * Function words are left out because they carry no component or symptom; everything else is left
 * to the statistics, which find a word common to every product unremarkable.
 */
public final class TermExtractor {

    /** Enough for a long complaint; a pasted manual would otherwise cost thousands of counts. */
    static final int MAX_TERMS = 300;

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}']+");
    private static final Pattern EDGE_QUOTES = Pattern.compile("^'+|'+$");

    private static final Set<String> STOP = Set.of(
            "the",
            "and",
            "for",
            "are",
            "but",
            "not",
            "you",
            "all",
            "any",
            "can",
            "had",
            "her",
            "was",
            "one",
            "our",
            "out",
            "has",
            "have",
            "him",
            "his",
            "how",
            "its",
            "may",
            "now",
            "own",
            "say",
            "she",
            "too",
            "use",
            "who",
            "did",
            "get",
            "got",
            "let",
            "put",
            "yet",
            "this",
            "that",
            "with",
            "from",
            "they",
            "them",
            "their",
            "there",
            "then",
            "than",
            "were",
            "been",
            "being",
            "what",
            "when",
            "where",
            "which",
            "while",
            "will",
            "would",
            "could",
            "should",
            "into",
            "onto",
            "upon",
            "about",
            "after",
            "before",
            "again",
            "also",
            "just",
            "only",
            "very",
            "much",
            "more",
            "most",
            "some",
            "such",
            "each",
            "both",
            "other",
            "over",
            "under",
            "because",
            "these",
            "those",
            "here",
            "does",
            "doing",
            "done",
            "said",
            "says",
            "told",
            "tell",
            "like",
            "even",
            "still",
            "well",
            "back",
            "went",
            "came",
            "come",
            "take",
            "took",
            "make",
            "made",
            "going",
            "know",
            "knew",
            "time",
            "times",
            "per",
            "via",
            "off",
            "why",
            "way",
            "able",
            "every",
            "since",
            "until",
            "through",
            "during",
            "another",
            "myself",
            "your",
            "yours",
            "ours",
            "mine",
            "hers",
            "i'm",
            "i've",
            "it's",
            "don't",
            "didn't",
            "doesn't",
            "wasn't",
            "can't",
            "won't",
            "isn't",
            "couldn't",
            "wouldn't",
            "there's",
            "that's",
            "we're",
            "they're");

    /** The distinct terms of {@code text}, words first in order of appearance, then pairs. */
    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String previous = null;
        Set<String> pairs = new LinkedHashSet<>();
        for (String raw : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            String word = raw.indexOf('\'') < 0 ? raw : EDGE_QUOTES.matcher(raw).replaceAll("");
            if (word.length() < 3 || STOP.contains(word)) {
                previous = null;
                continue;
            }
            if (terms.size() < MAX_TERMS / 2) {
                terms.add(word);
            }
            if (previous != null && !previous.equals(word) && pairs.size() < MAX_TERMS / 2) {
                pairs.add(previous + ' ' + word);
            }
            previous = word;
        }
        terms.addAll(pairs);
        return terms;
    }
}
