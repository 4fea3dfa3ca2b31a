package org.caredesk.sentiment.polarity;

import java.util.Set;

/**
 * A small hand-made list of clearly positive and negative words (English and Italian). Each hit
 * adds a shared marker word next to the word itself, so the model learns "a positive word is
 * here" from the whole corpus and can generalise to praise or complaints phrased with words the
 * corpus never used together. Negation applies to the marker as to any word.
 */
final class PolarityLexicon {

    static final String POSITIVE = "xxlexpos";
    static final String NEGATIVE = "xxlexneg";

    private static final Set<String> POSITIVE_WORDS = Set.of(
            "good", "great", "excellent", "fantastic", "amazing", "awesome", "brilliant", "superb", "perfect",
            "perfectly", "love", "loved", "loves", "lovely", "wonderful", "happy", "pleased", "delighted",
            "satisfied", "impressed", "impressive", "recommend", "recommended", "best", "better", "helpful",
            "friendly", "polite", "quick", "fast", "efficient", "reliable", "easy", "nice", "thanks", "thank",
            "thx", "ty", "appreciated", "appreciate", "outstanding", "exceptional", "fabulous", "gorgeous",
            "sturdy", "solid", "quiet", "works", "working", "fixed", "solved", "resolved", "sorted", "enjoy",
            "enjoyed", "glad", "grateful", "kind", "courteous", "professional", "smooth", "smoothly", "worth",
            "ottimo", "ottima", "ottimi", "eccellente", "fantastico", "fantastica", "perfetto", "perfetta",
            "adoro", "bellissimo", "bellissima", "bello", "bella", "bravi", "bravo", "brava", "bravissima",
            "bravissimo", "contento", "contenta", "soddisfatto", "soddisfatta", "felice", "grazie", "gentile",
            "gentilissimo", "gentilissima", "veloce", "velocissimi", "rapido", "affidabile", "consiglio",
            "consigliato", "funziona", "risolto", "complimenti", "buono", "buona", "benissimo", "top",
            "efficiente", "disponibile", "cortese", "silenzioso", "eccezionale", "migliore", "piacere");

    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "bad", "terrible", "awful", "horrible", "worst", "worse", "poor", "useless", "broken", "broke",
            "faulty", "defective", "disappointed", "disappointing", "disappointment", "unhappy", "angry",
            "annoyed", "annoying", "frustrated", "frustrating", "rude", "unhelpful", "slow", "late", "never",
            "waste", "rubbish", "garbage", "junk", "crap", "scam", "joke", "ridiculous", "unacceptable",
            "disgrace", "disgusting", "disgusted", "hate", "hated", "leaks", "leaking",
            "damaged", "cracked", "missing", "wrong", "fail", "failed", "fails", "dead",
            "noisy", "loud", "overcharged", "ignored", "ignoring", "sick", "regret", "nightmare",
            "pessimo", "pessima", "scadente", "rotto", "rotta", "difettoso", "difettosa", "deluso", "delusa",
            "delusione", "arrabbiato", "arrabbiata", "maleducato", "maleducata", "lento", "lentissima",
            "inutile", "vergogna", "vergognoso", "schifo", "schifezza", "disastro", "inaccettabile", "assurdo",
            "ridicolo", "perde", "danneggiato", "danneggiata", "sbagliato", "sbagliata",
            "rumoroso", "stufo", "orribile", "truffa", "inesistente", "mai");

    private PolarityLexicon() {
    }

    /** The marker for a plain (un-negated) lower-case word, or null when it carries no polarity. */
    static String markerFor(String word) {
        if (POSITIVE_WORDS.contains(word)) {
            return POSITIVE;
        }
        if (NEGATIVE_WORDS.contains(word)) {
            return NEGATIVE;
        }
        return null;
    }

    static boolean isMarker(String word) {
        return word.equals(POSITIVE) || word.equals(NEGATIVE);
    }
}
