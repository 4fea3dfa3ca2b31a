package org.caredesk.sentiment.polarity;

import java.util.Arrays;
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

    private static final Set<String> POSITIVE_WORDS = words(
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
            "efficiente", "disponibile", "cortese", "silenzioso", "eccezionale", "migliore", "piacere",
            // General opinion words beyond help-desk talk (reviews, letters, social posts).
            "beautiful", "pretty", "fine", "fun", "funny", "favorite", "favourite", "comfortable", "clean",
            "fresh", "tasty", "delicious", "cool", "incredible", "terrific", "pleasant", "cute", "stunning",
            "charming", "masterpiece", "fascinating", "gem", "attentive", "generous", "reasonable",
            "affordable", "bargain", "exceeded", "flawless", "superior", "splendid", "marvellous", "marvelous",
            "remarkable", "enjoyable", "entertaining", "engaging", "touching", "moving", "beautifully",
            "wonderfully", "brilliantly", "nicely", "greatest", "finest", "neat", "handy", "useful", "elegant",
            "stylish", "durable", "powerful", "accurate", "intuitive", "convenient", "clever", "smart",
            "fantastically", "awesomely", "lovingly", "thrilled", "ecstatic", "joy", "pleasure", "pleasantly",
            "refreshing", "wow", "yay", "bravo", "kudos", "praise", "heroes", "hero", "star", "stars", "winner",
            "win", "recommendable", "must-have", "value", "exquisite", "inspiring", "memorable", "beloved",
            "liked", "likes", "worked", "helped", "well-made", "well", "excellently", "superbly", "perfection",
            "adorable", "rocks", "wins", "positive", "success", "successful", "satisfying", "fair", "honest",
            "warm", "welcoming", "spotless", "prompt", "promptly", "quickly", "patient", "knowledgeable",
            "ideal", "unbeatable", "incredibly", "gladly", "thankful", "relieved",
            "magnifico", "magnifica", "stupendo", "stupenda", "meraviglioso", "meravigliosa", "splendido",
            "splendida", "eccellenti", "ottime", "utile", "comodo", "comoda", "pratico", "pratica", "robusto",
            "robusta", "solido", "elegante", "preciso", "precisa", "puntuale", "puntuali", "professionale",
            "professionali", "cordiale", "cordiali", "gentilissimi", "soddisfatti", "contenti", "felicissimo",
            "felicissima", "perfettamente", "funzionano", "consiglio", "consigliatissimo", "impeccabile",
            "piacevole", "divertente", "entusiasta", "grandioso", "super", "bene", "apprezzato", "ringrazio");

    private static final Set<String> NEGATIVE_WORDS = words(
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
            "rumoroso", "stufo", "orribile", "truffa", "inesistente", "mai",
            // General opinion words beyond help-desk talk (reviews, letters, social posts).
            "poorly", "wasted", "cheap", "flimsy", "problem", "problems", "issue", "issues", "difficult",
            "boring", "dull", "stupid", "dirty", "bland", "stale", "overpriced", "mediocre", "avoid", "lousy",
            "pathetic", "mess", "messy", "nasty", "sucks", "sucked", "suck", "weak", "unfortunately", "sadly",
            "fake", "dislike", "disliked", "painful", "lame", "crappy", "inferior", "unreliable", "worthless",
            "pointless", "ugly", "gross", "tasteless", "unbearable", "awfully", "horribly", "terribly",
            "badly", "dreadful", "atrocious", "abysmal", "appalling", "shoddy", "defect", "defects", "flaw",
            "flawed", "flaws", "hassle", "headache", "outrageous", "shameful", "shame", "sad", "upset",
            "furious", "livid", "fed", "sorry", "confusing", "confused", "clumsy", "uncomfortable", "unusable",
            "unwatchable", "unfunny", "tedious", "dumb", "silly", "idiotic", "incompetent", "incompetence",
            "careless", "misleading", "mislead", "lied", "lies", "liar", "cheated", "ripoff", "rip-off",
            "refund", "returned", "returning", "worthless", "trash", "mistake", "horrendous", "insult",
            "insulting", "embarrassing", "wasting", "overrated", "predictable", "cheesy", "forgettable",
            "mediocrity", "lacking", "lacks", "lack", "fails", "failure", "failing", "died", "dies", "stopped",
            "malfunction", "malfunctioning", "negative", "complaint", "complain", "disappoint", "disappoints",
            "irritating", "irritated", "horrid", "sloppy", "poorest", "worthless", "yuck", "ugh", "meh",
            "difettosi", "rotti", "pessimi", "pessime", "scadenti", "deludente", "deludenti", "noioso",
            "noiosa", "brutto", "brutta", "problema", "problemi", "guasto", "guasta", "guasti", "fregatura",
            "vergognosa", "indecente", "incompetenti", "incompetente", "scandaloso", "scandalosa", "peggiore",
            "peggio", "male", "lamentela", "reclamo", "arrabbiati", "delusi", "rimborso", "insoddisfatto",
            "insoddisfatta", "sporco", "sporca", "fastidioso", "fastidiosa", "purtroppo", "inutilizzabile");

    private PolarityLexicon() {
    }

    /** A set that tolerates a word listed twice (the lists grow by hand). */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
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
