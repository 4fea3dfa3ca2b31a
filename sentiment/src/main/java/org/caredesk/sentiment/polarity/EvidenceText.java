package org.caredesk.sentiment.polarity;

import java.util.Set;

/** Turns model feature names ("bow=not_bad", "ng=:very:bad") back into words an agent reads. */
final class EvidenceText {

    /**
     * Function words: the model may lean on them ("and" is commoner in long complaints), but
     * shown to an agent they explain nothing.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the",
            "a",
            "an",
            "and",
            "or",
            "of",
            "to",
            "in",
            "on",
            "for",
            "with",
            "it",
            "is",
            "was",
            "this",
            "that",
            "i",
            "my",
            "me",
            "we",
            "you",
            "your",
            "our",
            "they",
            "he",
            "she",
            "at",
            "by",
            "from",
            "be",
            "been",
            "are",
            "were",
            "have",
            "has",
            "had",
            "do",
            "does",
            "did",
            "as",
            "if",
            "then",
            "there",
            "also",
            "its",
            "it's",
            "i'm",
            "am",
            "'s",
            "will",
            "would",
            "can",
            "could",
            "what",
            "when",
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "un",
            "una",
            "uno",
            "e",
            "ed",
            "o",
            "di",
            "da",
            "con",
            "su",
            "per",
            "tra",
            "fra",
            "che",
            "è",
            "ho",
            "ha",
            "mi",
            "ti",
            "ci",
            "si",
            "del",
            "della",
            "dei",
            "delle",
            "al",
            "alla",
            "nel",
            "nella",
            "questo",
            "questa",
            "sono",
            "era",
            "l",
            "un'",
            "c'",
            ".",
            "!",
            "?",
            Markers.NUMBER);

    private EvidenceText() {}

    /** False when every word of the feature is a function word (negated or not). */
    static boolean isInformative(String feature) {
        for (String part : body(feature).split(":")) {
            String word = part.startsWith(PolarityFeatures.NEGATED)
                    ? part.substring(PolarityFeatures.NEGATED.length())
                    : part;
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static String readable(String feature) {
        String body = body(feature);
        StringBuilder out = new StringBuilder();
        boolean negationShown = false;
        String previous = null;
        for (String part : body.split(":")) {
            if (part.isEmpty() || part.equals(previous)) {
                continue; // emphasis repeats a word; say it once
            }
            previous = part;
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean negated = part.startsWith(PolarityFeatures.NEGATED);
            String word = negated ? part.substring(PolarityFeatures.NEGATED.length()) : part;
            // "never" + "not_works" reads "never works": say "not" only where no negator is shown.
            if (negated && !negationShown) {
                out.append("not ");
            }
            out.append(Markers.READABLE.getOrDefault(word, word));
            negationShown = negated || PolarityFeatures.isNegator(word);
        }
        return out.toString();
    }

    private static String body(String feature) {
        if (feature.startsWith("bow=")) {
            return feature.substring(4);
        }
        if (feature.startsWith("ng=")) {
            return feature.substring(3);
        }
        return feature;
    }
}
