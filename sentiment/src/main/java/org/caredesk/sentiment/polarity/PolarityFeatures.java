package org.caredesk.sentiment.polarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.text.Segmenter;

/**
 * Turns a text into the word sequence the sentiment models are trained and run on. Training and
 * serving both call this class, so a model always sees words prepared the same way.
 *
 * <ul>
 *   <li>lower case, letters repeated three or more times cut to two ("soooo" = "soo"), numbers
 *       as one marker, other punctuation dropped except '!' and '?';</li>
 *   <li><b>negation</b>: words after a negator ("not", "never", "n't", "non", "mai" ...) until the
 *       next clause break get a {@code not_} prefix, so "not bad" and "bad" are different
 *       features and "non funziona" is not "funziona";</li>
 *   <li><b>lexicon</b>: a clearly positive or negative word also adds a shared marker word
 *       (see {@link PolarityLexicon});</li>
 *   <li><b>emphasis</b>: the word after an intensifier ("very", "molto") and words in CAPITALS
 *       appear twice, so they weigh double in the bag of words.</li>
 * </ul>
 */
public final class PolarityFeatures {

    static final String NEGATED = "not_";
    /** Balance words; they contain the lexicon markers' names so evidence leaves them out too. */
    static final String BALANCE_POSITIVE = PolarityLexicon.POSITIVE + "bal";

    static final String BALANCE_NEGATIVE = PolarityLexicon.NEGATIVE + "bal";
    static final String BALANCE_MIXED = PolarityLexicon.POSITIVE + PolarityLexicon.NEGATIVE + "bal";
    /** Negation reaches this many words at most: long clauses drift off the negated idea. */
    private static final int NEGATION_REACH = 6;

    private static final Set<String> NEGATORS = Set.of(
            "not",
            "no",
            "never",
            "n't",
            "nt",
            "cannot",
            "cant",
            "can't",
            "dont",
            "don't",
            "doesnt",
            "doesn't",
            "didnt",
            "didn't",
            "isnt",
            "isn't",
            "wasnt",
            "wasn't",
            "wont",
            "won't",
            "arent",
            "aren't",
            "havent",
            "haven't",
            "hasnt",
            "hasn't",
            "couldnt",
            "couldn't",
            "wouldnt",
            "wouldn't",
            "shouldnt",
            "ain't",
            "aint",
            "nothing",
            "nobody",
            "none",
            "neither",
            "nor",
            "without",
            "hardly",
            "barely",
            "non",
            "mai",
            "nessun",
            "nessuno",
            "nessuna",
            "niente",
            "nulla",
            "né",
            "senza",
            "neanche",
            "nemmeno",
            "neppure");
    /** Words that end a negation's scope besides punctuation: what follows turns the thought. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(
            "but",
            "however",
            "although",
            "though",
            "yet",
            "except",
            "ma",
            "però",
            "pero",
            "tuttavia",
            "invece",
            "eppure",
            "comunque");

    private static final Set<String> INTENSIFIERS = Set.of(
            "very",
            "really",
            "so",
            "extremely",
            "totally",
            "absolutely",
            "super",
            "incredibly",
            "completely",
            "utterly",
            "too",
            "truly",
            "highly",
            "seriously",
            "insanely",
            "terribly",
            "awfully",
            "damn",
            "quite",
            "most",
            "such",
            "molto",
            "davvero",
            "troppo",
            "veramente",
            "proprio",
            "estremamente",
            "assolutamente",
            "tanto",
            "tantissimo",
            "decisamente",
            "parecchio",
            "completamente",
            "totalmente");

    private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern NUMBER = Pattern.compile("[\\p{N}][\\p{N}.,:/-]*");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

    private final Segmenter segmenter;
    private final LexiconScorer lexicon;

    public PolarityFeatures(Segmenter segmenter) {
        this(segmenter, new LexiconScorer());
    }

    public PolarityFeatures(Segmenter segmenter, LexiconScorer lexicon) {
        this.segmenter = segmenter;
        this.lexicon = lexicon;
    }

    /**
     * Tokenises {@code text} (already sanitised) and returns its model words, token count and
     * lexicon reading. The reading also enters the words as one band word ({@link #lexiconBand}), so
     * the model learns from the corpus how far to trust the valence rules.
     */
    public PolarityTokens extract(String text, TextLanguage language) {
        String normalized = PolarityTextNormalizer.normalize(text);
        List<String> tokens = segmenter.tokens(normalized, language);
        LexiconScore score = lexicon.scoreNormalized(normalized, language);
        List<String> words = words(tokens);
        String band = lexiconBand(score);
        if (band != null && !words.isEmpty()) {
            words.add(band);
        }
        return new PolarityTokens(tokens.size(), words, score);
    }

    /**
     * The compound score as a word: {@code xxlexpos1..3} or {@code xxlexneg1..3} (weak, clear,
     * strong), none near 0. The names contain the lexicon markers', so evidence leaves them out.
     */
    static String lexiconBand(LexiconScore score) {
        double c = score.compound();
        double a = Math.abs(c);
        if (a < 0.05) {
            return null;
        }
        int strength = a < 0.3 ? 1 : a < 0.6 ? 2 : 3;
        return (c > 0 ? PolarityLexicon.POSITIVE : PolarityLexicon.NEGATIVE) + strength;
    }

    static List<String> words(List<String> tokens) {
        List<String> words = new ArrayList<>(tokens.size() + 8);
        int negationLeft = 0;
        int positive = 0;
        int negative = 0;
        boolean emphasiseNext = false;
        for (String token : tokens) {
            String word = normalizeToken(token);
            if (word == null) {
                continue;
            }
            if (isClauseBreak(word)) {
                negationLeft = 0;
                emphasiseNext = false;
                if (word.equals("!") || word.equals("?") || CLAUSE_BREAKS.contains(word)) {
                    words.add(word);
                }
                continue;
            }
            if (NEGATORS.contains(word)) {
                words.add(word);
                negationLeft = NEGATION_REACH;
                continue;
            }
            boolean negated = negationLeft > 0;
            String feature = negated ? NEGATED + word : word;
            if (negated) {
                negationLeft--;
            }
            words.add(feature);
            if (emphasiseNext || isShouted(token)) {
                words.add(feature);
            }
            String marker = PolarityLexicon.markerFor(word);
            if (marker != null) {
                words.add(negated ? NEGATED + marker : marker);
                // A negated opinion word leans the other way ("not good" is a complaint).
                if (marker.equals(PolarityLexicon.POSITIVE) != negated) {
                    positive++;
                } else {
                    negative++;
                }
            }
            emphasiseNext = INTENSIFIERS.contains(word);
        }
        addBalance(words, positive, negative);
        return words;
    }

    /**
     * One document-level word for the balance of opinion words over the whole text, twice when
     * one side leads by two or more. Sentence words describe a corpus line; the balance carries
     * over to long reviews and letters whose individual words the corpus never used, which is
     * what lets the model generalise beyond the hand-written lines (see docs/benchmarks.md).
     */
    private static void addBalance(List<String> words, int positive, int negative) {
        if (positive + negative == 0) {
            return;
        }
        String balance =
                positive > negative ? BALANCE_POSITIVE : negative > positive ? BALANCE_NEGATIVE : BALANCE_MIXED;
        words.add(balance);
        if (Math.abs(positive - negative) >= 2) {
            words.add(balance);
        }
    }

    /** Lower-cased word, '!' or '?' for runs of them, a marker for numbers; null to drop it. */
    private static String normalizeToken(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (NUMBER.matcher(t).matches()) {
            return Markers.NUMBER;
        }
        if (!HAS_LETTER.matcher(t).matches()) {
            if (t.indexOf('?') >= 0) {
                return "?";
            }
            if (t.indexOf('!') >= 0) {
                return "!";
            }
            // Sentence and clause punctuation breaks negation; quotes, apostrophes, brackets do not.
            return t.chars().anyMatch(c -> ".,;:".indexOf(c) >= 0) ? "." : null;
        }
        return ELONGATION.matcher(t).replaceAll("$1$1");
    }

    static boolean isNegator(String word) {
        return NEGATORS.contains(word);
    }

    private static boolean isClauseBreak(String word) {
        return word.equals(".") || word.equals("!") || word.equals("?") || CLAUSE_BREAKS.contains(word);
    }

    /** "BROKEN" shouts; "TV" or "I" are just written that way. */
    private static boolean isShouted(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 4;
    }
}
