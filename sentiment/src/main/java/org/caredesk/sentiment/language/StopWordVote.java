package org.caredesk.sentiment.language;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides between English and Italian by counting very common words of each. Character n-gram
 * language detection needs a few dozen letters to be reliable; "non funziona!!" or "broken
 * again" are too short for it, but a handful of function words and contact-center words settle
 * them.
 */
final class StopWordVote {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "is",
            "it",
            "not",
            "my",
            "this",
            "was",
            "with",
            "have",
            "has",
            "you",
            "your",
            "to",
            "of",
            "for",
            "i",
            "i'm",
            "it's",
            "don't",
            "doesn't",
            "didn't",
            "can't",
            "won't",
            "are",
            "be",
            "been",
            "but",
            "what",
            "when",
            "why",
            "how",
            "please",
            "thanks",
            "thank",
            "hello",
            "hi",
            "again",
            "broken",
            "never",
            "works",
            "working",
            "does",
            "do",
            "did",
            "great",
            "good",
            "bad",
            "terrible",
            "love",
            "hate",
            "refund",
            "still",
            "just",
            "very",
            "who",
            "where",
            "any",
            "can",
            "will",
            "would",
            "should",
            "there",
            "they",
            "we",
            "me",
            // Function words and one-word replies: a two-word question or answer ("Progress? Sure.")
            // has nothing else, and on a dozen letters langdetect guesses.
            "an",
            "that",
            "which",
            "from",
            "by",
            "at",
            "on",
            "or",
            "if",
            "he",
            "she",
            "his",
            "her",
            "him",
            "them",
            "their",
            "our",
            "were",
            "had",
            "its",
            "than",
            "too",
            "about",
            "because",
            "sure",
            "yes",
            "yeah",
            "nope",
            "really",
            "well",
            "also",
            "only",
            "could",
            "isn't",
            "wasn't",
            "aren't",
            "that's",
            "there's",
            "what's",
            "you're",
            "i've",
            "these",
            "those",
            "after");

    private static final Set<String> ITALIAN = Set.of(
            "il",
            "lo",
            "gli",
            "che",
            "non",
            "di",
            "è",
            "e'",
            "della",
            "delle",
            "del",
            "dei",
            "per",
            "una",
            "uno",
            "sono",
            "mi",
            "ho",
            "ha",
            "hanno",
            "con",
            "questo",
            "questa",
            "ma",
            "anche",
            "come",
            "perché",
            "perche",
            "quando",
            "grazie",
            "buongiorno",
            "salve",
            "ciao",
            "prego",
            "funziona",
            "rotto",
            "rotta",
            "mai",
            "ancora",
            "molto",
            "ottimo",
            "pessimo",
            "bene",
            "male",
            "rimborso",
            "nessuno",
            "niente",
            "sempre",
            "tutto",
            "cosa",
            "dove",
            "vorrei",
            "posso",
            "potete",
            "nel",
            "nella",
            "al",
            "alla",
            "sul",
            "sulla",
            "da",
            "dal",
            "ci",
            "si",
            // The same for Italian: function words and one-word replies.
            "io",
            "lui",
            "lei",
            "noi",
            "voi",
            "loro",
            "però",
            "già",
            "più",
            "sì",
            "certo",
            "chi",
            "quello",
            "quella",
            "questi",
            "era",
            "erano",
            "siamo",
            "abbiamo",
            "nei",
            "negli",
            "degli",
            "dalla",
            "alle",
            "agli",
            "tra",
            "fra",
            "quindi",
            "poi",
            "allora",
            "ecco");

    private StopWordVote() {}

    /** English or Italian when one side has more hits and at least {@code minHits}; else empty. */
    static Optional<TextLanguage> vote(CharSequence text, int minHits) {
        int english = 0;
        int italian = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (ITALIAN.contains(word)) {
                italian++;
            }
        }
        if (english > italian && english >= minHits) {
            return Optional.of(TextLanguage.EN);
        }
        if (italian > english && italian >= minHits) {
            return Optional.of(TextLanguage.IT);
        }
        return Optional.empty();
    }
}
