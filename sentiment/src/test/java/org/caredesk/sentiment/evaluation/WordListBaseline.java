package org.caredesk.sentiment.evaluation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.caredesk.sentiment.polarity.SentimentLabel;

/**
 * The yardstick the trained model must beat: count positive and negative words from two fixed
 * English lists, a word within three words after a negator counting for the other side
 * ("not good" is negative). Score = (positive - negative) / (positive + negative), 0 with no hit;
 * label positive above 0, negative below, neutral at 0. No training, no weights, no bigrams.
 * Written for CareDesk; the lists are general opinion words, not drawn from any evaluation data.
 */
public final class WordListBaseline {

    private static final Pattern WORD = Pattern.compile("[^a-z']+");
    private static final int NEGATION_REACH = 3;

    private static final Set<String> NEGATORS = Set.of(
            "not",
            "no",
            "never",
            "nothing",
            "nobody",
            "none",
            "neither",
            "nor",
            "cannot",
            "without",
            "don't",
            "doesn't",
            "didn't",
            "isn't",
            "wasn't",
            "aren't",
            "weren't",
            "won't",
            "wouldn't",
            "can't",
            "couldn't",
            "shouldn't",
            "haven't",
            "hasn't",
            "hadn't",
            "dont",
            "doesnt",
            "didnt",
            "isnt",
            "wasnt",
            "wont",
            "cant",
            "couldnt");

    private static final Set<String> POSITIVE = Set.of(
            "good",
            "great",
            "excellent",
            "fantastic",
            "amazing",
            "awesome",
            "brilliant",
            "superb",
            "perfect",
            "love",
            "loved",
            "loves",
            "lovely",
            "wonderful",
            "happy",
            "pleased",
            "delighted",
            "satisfied",
            "impressed",
            "impressive",
            "recommend",
            "recommended",
            "best",
            "better",
            "helpful",
            "friendly",
            "nice",
            "fine",
            "easy",
            "fast",
            "quick",
            "reliable",
            "sturdy",
            "solid",
            "beautiful",
            "pretty",
            "enjoy",
            "enjoyed",
            "fun",
            "glad",
            "thanks",
            "thank",
            "outstanding",
            "exceptional",
            "fabulous",
            "favorite",
            "favourite",
            "worth",
            "works",
            "comfortable",
            "clean",
            "fresh",
            "tasty",
            "delicious",
            "cool",
            "incredible",
            "terrific",
            "pleasant",
            "polite",
            "kind",
            "professional",
            "quality",
            "value",
            "cute",
            "smooth",
            "well",
            "right",
            "like",
            "liked",
            "positive",
            "success",
            "successful",
            "wow",
            "yay",
            "stunning",
            "charming",
            "classic",
            "masterpiece",
            "fascinating",
            "funny",
            "gem",
            "attentive",
            "generous",
            "reasonable",
            "affordable",
            "bargain",
            "exceeded",
            "flawless");

    private static final Set<String> NEGATIVE = Set.of(
            "bad",
            "terrible",
            "awful",
            "horrible",
            "worst",
            "worse",
            "poor",
            "poorly",
            "useless",
            "broken",
            "broke",
            "faulty",
            "defective",
            "disappointed",
            "disappointing",
            "disappointment",
            "unhappy",
            "angry",
            "annoyed",
            "annoying",
            "frustrated",
            "frustrating",
            "rude",
            "unhelpful",
            "slow",
            "late",
            "waste",
            "wasted",
            "rubbish",
            "garbage",
            "junk",
            "crap",
            "scam",
            "ridiculous",
            "unacceptable",
            "disgusting",
            "disgusted",
            "hate",
            "hated",
            "leaks",
            "damaged",
            "cracked",
            "wrong",
            "fail",
            "failed",
            "fails",
            "failure",
            "dead",
            "noisy",
            "cheap",
            "flimsy",
            "problem",
            "problems",
            "issue",
            "issues",
            "difficult",
            "hard",
            "boring",
            "dull",
            "stupid",
            "dirty",
            "cold",
            "bland",
            "stale",
            "overpriced",
            "expensive",
            "mediocre",
            "avoid",
            "refund",
            "return",
            "returned",
            "lousy",
            "pathetic",
            "mess",
            "nasty",
            "sick",
            "regret",
            "nightmare",
            "sucks",
            "sucked",
            "weak",
            "unfortunately",
            "sadly",
            "fake",
            "dislike",
            "annoyance",
            "painful",
            "lame",
            "crappy",
            "inferior",
            "unreliable",
            "worthless",
            "pointless",
            "ugly",
            "gross",
            "tasteless",
            "slowest",
            "unbearable");

    /** Score in [-1, 1]: the balance of positive and negative words, negation flipping a word's side. */
    public double score(String text) {
        int positive = 0;
        int negative = 0;
        int negationLeft = 0;
        for (String word : WORD.split(text.toLowerCase(Locale.ROOT).replace('’', '\''))) {
            if (word.isEmpty()) {
                continue;
            }
            if (NEGATORS.contains(word) || word.endsWith("n't")) {
                negationLeft = NEGATION_REACH;
                continue;
            }
            boolean negated = negationLeft > 0;
            negationLeft = Math.max(0, negationLeft - 1);
            int polarity = POSITIVE.contains(word) ? 1 : NEGATIVE.contains(word) ? -1 : 0;
            if (negated) {
                polarity = -polarity;
            }
            if (polarity > 0) {
                positive++;
            } else if (polarity < 0) {
                negative++;
            }
        }
        return positive + negative == 0 ? 0 : (double) (positive - negative) / (positive + negative);
    }

    public SentimentLabel label(String text) {
        double score = score(text);
        return score > 0 ? SentimentLabel.POSITIVE : score < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }
}
