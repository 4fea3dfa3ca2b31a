package org.caredesk.sentiment.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hazard phrase is negated: "no smoke", "did not catch fire", "nessun fumo",
 * "non ha preso fuoco". A phrase is negated when one of the few words before it, in the same
 * clause, is a negator. Clause punctuation and "but"/"ma" end the look-back, so "no, it caught
 * fire" still counts.
 */
final class NegationWindow {

    /** How far back a negator reaches: "did not at any point catch fire" is four words. */
    private static final int REACH = 4;
    /** Look no further back than this many characters: enough for four long words. */
    private static final int MAX_LOOKBACK = 80;

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+|[.;:!?,\\n]");
    private static final Set<String> NEGATORS = Set.of(
            "no", "not", "never", "without", "nor", "neither", "none", "nothing", "cannot", "didnt", "doesnt", "dont",
            "wasnt", "werent", "isnt", "wont", "cant", "havent", "hasnt", "hadnt", "couldnt", "wouldnt", "arent", "non",
            "mai", "nessun", "nessuno", "nessuna", "niente", "nulla", "senza", "né", "nemmeno", "neanche", "neppure",
            "privo", "priva");
    private static final Set<String> CLAUSE_BREAKS =
            Set.of(".", ";", ":", "!", "?", ",", "\n", "but", "however", "although", "yet", "ma", "però", "tuttavia");
    /** "can't believe it caught fire" and "not only did it smoke" report the hazard, not deny it. */
    private static final Set<String> NOT_A_DENIAL = Set.of(
            "believe",
            "imagine",
            "understand",
            "know",
            "only",
            "just",
            "sure",
            "explain",
            "credo",
            "capisco",
            "so",
            "solo",
            "soltanto");

    private NegationWindow() {}

    static boolean isNegated(CharSequence text, int phraseStart) {
        int from = Math.max(0, phraseStart - MAX_LOOKBACK);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, phraseStart);
        while (m.find()) {
            words.add(normalize(m.group()));
        }
        int seen = 0;
        for (int i = words.size() - 1; i >= 0 && seen < REACH; i--) {
            String word = words.get(i);
            if (CLAUSE_BREAKS.contains(word)) {
                return false;
            }
            if (isNegator(word)) {
                boolean denial = i + 1 >= words.size() || !NOT_A_DENIAL.contains(words.get(i + 1));
                if (denial) {
                    return true;
                }
            }
            seen++;
        }
        return false;
    }

    private static boolean isNegator(String word) {
        return NEGATORS.contains(word);
    }

    /** Lower case, apostrophes dropped: "didn't", "didn’t" and "didnt" are one word. */
    private static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
    }
}
