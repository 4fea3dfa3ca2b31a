package org.caredesk.sentiment.polarity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caredesk.sentiment.language.TextLanguage;

/**
 * Scores a text with the valence lexicon and the rules people read opinions by, in the manner of
 * VADER (Hutto and Gilbert, 2014), written for CareDesk: an intensifier before an opinion word
 * strengthens it and a hedge weakens it; a negator up to three words before flips and damps it
 * (only within the sentence); after a contrast ("but", "ma") the clause weighs 1.5 and before it
 * 0.5; a word in capitals in a text that is not all capitals counts more; '!' adds emphasis;
 * emoji and emoticons count as opinion words. The sum is squashed into (-1, 1).
 *
 * <p>Used twice: as the model's prior (see {@link PolarityFeatures}) and, alone, as the word-list
 * baseline the trained model is measured against. Immutable and thread-safe.
 */
public final class LexiconScorer {

    static final double BOOST = 0.293;
    static final double SHOUT = 0.733;
    static final double NEGATION = -0.74;
    static final double EXCLAMATION = 0.292;
    static final double QUESTION = 0.18;
    /** Valence of an emoji or emoticon marker. */
    static final double EMOJI = 2.0;
    /** The squashing constant: a sum of about 4 gives a compound of about 0.7. */
    private static final double ALPHA = 15;

    private static final Set<String> BOOSTERS = Set.of(
            "very",
            "really",
            "so",
            "soo",
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
            "way",
            "hella",
            "freaking",
            "fucking",
            "especially",
            "exceptionally",
            "remarkably",
            "deeply",
            "entirely",
            "fully",
            "thoroughly",
            "unbelievably",
            "hugely",
            "pretty",
            "mega",
            "uber",
            "massively",
            "genuinely",
            "purely",
            "enormously",
            "more",
            "molto",
            "troppo",
            "davvero",
            "veramente",
            "proprio",
            "estremamente",
            "assolutamente",
            "tanto",
            "tantissimo",
            "decisamente",
            "parecchio",
            "completamente",
            "totalmente",
            "così",
            "cosi",
            "assai",
            "particolarmente",
            "sempre",
            "più",
            "piu",
            "ultra",
            "stra");
    private static final Set<String> HEDGES = Set.of(
            "slightly",
            "somewhat",
            "kinda",
            "sorta",
            "barely",
            "marginally",
            "partly",
            "fairly",
            "rather",
            "little",
            "bit",
            "almost",
            "occasionally",
            "abbastanza",
            "quasi",
            "leggermente",
            "piuttosto",
            "po");
    /** Italian "poco chiaro", "meno utile": the word after them reads as its opposite. */
    private static final Set<String> ITALIAN_NEGATORS = Set.of("poco", "poca", "pochi", "poche", "meno");

    private static final Set<String> CONTRASTS =
            Set.of("but", "however", "ma", "però", "pero", "tuttavia", "eppure", "comunque");
    /** Words that are opinion words only after a subject: "I like it", not "looks like rain". */
    private static final Set<String> LIKE_SUBJECTS = Set.of(
            "i",
            "we",
            "they",
            "you",
            "really",
            "totally",
            "just",
            "definitely",
            "do",
            "did",
            "does",
            "don't",
            "didn't",
            "doesn't",
            "dont",
            "didnt",
            "doesnt",
            "always");

    private static final int NEGATION_REACH = 3;
    /** "soooo goooood": letters repeated three times or more count twice, then once if still unlisted. */
    private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");

    private static final Pattern ELONGATION_ONE = Pattern.compile("(\\p{L})\\1+");

    private final Map<TextLanguage, ValenceLexicon> lexicons = new EnumMap<>(TextLanguage.class);

    public LexiconScorer() {
        for (TextLanguage language : TextLanguage.values()) {
            lexicons.put(language, ValenceLexicon.bundled(language));
        }
    }

    /** Scores raw text (links, handles and emoji are handled here). */
    public LexiconScore score(String text, TextLanguage language) {
        return scoreNormalized(PolarityTextNormalizer.normalize(text), language);
    }

    /** Scores text already passed through {@link PolarityTextNormalizer}. */
    LexiconScore scoreNormalized(String text, TextLanguage language) {
        ValenceLexicon lexicon = lexicons.get(language);
        List<Token> tokens = tokens(text);
        boolean allShouted = tokens.stream().filter(t -> t.letters > 1).allMatch(t -> t.upper);
        int contrast = -1;
        int exclamations = 0;
        int questions = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            exclamations += t.exclamations;
            questions += t.questions;
            if (CONTRASTS.contains(t.lower)) {
                contrast = i;
            }
        }
        double sum = 0;
        int positive = 0;
        int negative = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            ValenceLexicon.Phrase phrase = phraseAt(i, tokens, lexicon);
            double v = phrase != null ? phrase.valence() : valence(t, i, tokens, lexicon);
            if (v == 0) {
                continue;
            }
            int first = i;
            if (phrase != null) {
                i += phrase.words().size() - 1;
            }
            if (t.upper && t.letters >= 3 && !allShouted) {
                v += Math.copySign(SHOUT, v);
            }
            boolean negated = false;
            for (int k = 1; k <= NEGATION_REACH && first - k >= 0; k++) {
                Token before = tokens.get(first - k);
                if (before.sentenceEnd) {
                    break;
                }
                double damp = k == 1 ? 1 : k == 2 ? 0.95 : 0.9;
                if (BOOSTERS.contains(before.lower)) {
                    v += Math.copySign(BOOST * damp, v);
                } else if (HEDGES.contains(before.lower)) {
                    v -= Math.copySign(BOOST * damp, v);
                }
                if (!negated && (isNegator(before.lower, language) || isLeast(first - k, tokens))) {
                    negated = true;
                }
            }
            boolean fixed = phrase != null && phrase.fixed();
            if (negated && !fixed && !comparative(first, tokens)) {
                v *= NEGATION;
            }
            if (contrast >= 0) {
                v *= i < contrast ? 0.5 : 1.5;
            }
            if (v > 0) {
                positive++;
            } else {
                negative++;
            }
            sum += v;
        }
        double rating = Rating.valence(text);
        if (rating != 0) {
            sum += rating;
            if (rating > 0) {
                positive++;
            } else {
                negative++;
            }
        }
        if (sum == 0) {
            return new LexiconScore(0, positive, negative);
        }
        double emphasis =
                Math.min(exclamations, 4) * EXCLAMATION + (questions > 1 ? Math.min(questions, 3) * QUESTION : 0);
        sum += Math.copySign(emphasis, sum);
        return new LexiconScore(sum / Math.sqrt(sum * sum + ALPHA), positive, negative);
    }

    private static ValenceLexicon.Phrase phraseAt(int i, List<Token> tokens, ValenceLexicon lexicon) {
        ValenceLexicon.Phrase best = null;
        for (ValenceLexicon.Phrase phrase : lexicon.phrasesStartingWith(tokens.get(i).lower)) {
            List<String> words = phrase.words();
            if (i + words.size() > tokens.size()
                    || (best != null && best.words().size() >= words.size())) {
                continue;
            }
            boolean match = true;
            for (int k = 1; k < words.size() && match; k++) {
                match = tokens.get(i + k).lower.equals(words.get(k)) && !tokens.get(i + k - 1).sentenceEnd;
            }
            if (match) {
                best = phrase;
            }
        }
        return best;
    }

    private static double valence(Token t, int i, List<Token> tokens, ValenceLexicon lexicon) {
        if (t.lower.equals(Markers.EMO_POSITIVE)) {
            return EMOJI;
        }
        if (t.lower.equals(Markers.EMO_NEGATIVE)) {
            return -EMOJI;
        }
        if (BOOSTERS.contains(t.lower) || t.letters == 0) {
            return 0;
        }
        if (t.lower.equals("like")) {
            return i > 0 && !tokens.get(i - 1).sentenceEnd && LIKE_SUBJECTS.contains(tokens.get(i - 1).lower) ? 2 : 0;
        }
        double v = lexicon.valence(t.lower);
        if (v == 0 && t.elongated) {
            v = lexicon.valence(ELONGATION_ONE.matcher(t.lower).replaceAll("$1"));
        }
        if (v == 0) {
            int apostrophe = t.lower.lastIndexOf('\'');
            if (apostrophe > 0 && apostrophe < t.lower.length() - 2) {
                v = lexicon.valence(t.lower.substring(apostrophe + 1)); // "l'ottimo", "dell'orrore"
            }
        }
        return v;
    }

    /**
     * "could not be happier", "never been better", "never been more insulted": after a negator, a
     * comparative says nothing could be more so, which keeps the word's side.
     */
    private static boolean comparative(int i, List<Token> tokens) {
        if (i == 0) {
            return false;
        }
        String before = tokens.get(i - 1).lower;
        if (tokens.get(i).lower.endsWith("er") && (before.equals("be") || before.equals("been"))) {
            return true;
        }
        return i >= 2
                && (before.equals("more") || before.equals("less"))
                && (tokens.get(i - 2).lower.equals("be")
                        || tokens.get(i - 2).lower.equals("been"));
    }

    /** "least" negates ("the least effective"), except in "at least". */
    private static boolean isLeast(int i, List<Token> tokens) {
        return tokens.get(i).lower.equals("least")
                && (i == 0 || !tokens.get(i - 1).lower.equals("at"));
    }

    private static boolean isNegator(String word, TextLanguage language) {
        return PolarityFeatures.isNegator(word)
                || word.endsWith("n't")
                || (language == TextLanguage.IT && ITALIAN_NEGATORS.contains(word));
    }

    /** A word with what follows it up to the next word: '!' and '?' counts, and a sentence end. */
    private static final class Token {
        final String lower;
        final boolean upper;
        final int letters;
        final boolean elongated;
        int exclamations;
        int questions;
        boolean sentenceEnd;

        Token(String word) {
            int letterCount = 0;
            boolean allUpper = true;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLetter(c)) {
                    letterCount++;
                    allUpper &= Character.isUpperCase(c);
                }
            }
            String l = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            String collapsed = ELONGATION.matcher(l).replaceAll("$1$1");
            this.elongated = !collapsed.equals(l);
            this.lower = collapsed;
            this.letters = letterCount;
            this.upper = letterCount > 0 && allUpper;
        }
    }

    /** Words are runs of letters, digits, apostrophes and inner hyphens; the rest is punctuation. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n) {
                    char d = text.charAt(i);
                    boolean inner =
                            (d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetter(text.charAt(i + 1));
                    if (!Character.isLetterOrDigit(d) && !inner) {
                        break;
                    }
                    i++;
                }
                tokens.add(new Token(text.substring(start, i)));
                continue;
            }
            if (!tokens.isEmpty()) {
                Token last = tokens.get(tokens.size() - 1);
                if (c == '!') {
                    last.exclamations++;
                    last.sentenceEnd = true;
                } else if (c == '?') {
                    last.questions++;
                    last.sentenceEnd = true;
                } else if (c == '.' || c == ';' || c == ':' || c == ',') {
                    last.sentenceEnd = true;
                }
            }
            i++;
        }
        return tokens;
    }
}
