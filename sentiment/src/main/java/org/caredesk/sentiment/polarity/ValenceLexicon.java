package org.caredesk.sentiment.polarity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caredesk.sentiment.language.TextLanguage;

/**
 * How positive or negative a word is on its own, from -4 to +4, for English and Italian: the
 * project's hand-written lists ({@code lexicon/valence-xx.txt}). A word listed twice keeps its
 * strongest valence. Inflected forms are found from the listed one ("disappointing" from
 * "disappoint", "pessime" from "pessimo"), so the lists stay short and readable.
 */
public final class ValenceLexicon {

    private final Map<String, Float> valences;
    /** Phrases by their first word. */
    private final Map<String, List<Phrase>> phrases;

    private final TextLanguage language;

    private ValenceLexicon(Map<String, Float> valences, Map<String, List<Phrase>> phrases, TextLanguage language) {
        this.valences = valences;
        this.phrases = phrases;
        this.language = language;
    }

    /**
     * An idiom ("to die for", "fa schifo") and its valence; a fixed one ('=' before the valence in
     * the file) keeps its side after a negator: "don't waste your time" is still a warning.
     */
    record Phrase(List<String> words, double valence, boolean fixed) {}

    /** The bundled list of a language; {@link TextLanguage#OTHER} has an empty one. */
    public static ValenceLexicon bundled(TextLanguage language) {
        if (language == TextLanguage.OTHER) {
            return new ValenceLexicon(Map.of(), Map.of(), language);
        }
        String words = "lexicon/valence-" + language.code() + ".txt";
        String phrases = "lexicon/phrases-" + language.code() + ".txt";
        return new ValenceLexicon(parse(lines(words), words), parsePhrases(lines(phrases), phrases), language);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ValenceLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Lexicon not on the classpath: " + resource));
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + resource, e);
        }
    }

    static Map<String, List<Phrase>> parsePhrases(List<String> lines, String source) {
        Map<String, List<Phrase>> map = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": expected valence<TAB>phrase");
            }
            List<String> words = List.of(
                    line.substring(tab + 1).strip().toLowerCase(Locale.ROOT).split("\\s+"));
            String valence = line.substring(0, tab).strip();
            boolean fixed = valence.startsWith("=");
            Phrase phrase = new Phrase(words, Double.parseDouble(fixed ? valence.substring(1) : valence), fixed);
            map.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(phrase);
        }
        map.replaceAll((w, list) -> List.copyOf(list));
        return Map.copyOf(map);
    }

    /** The phrases that start with {@code word}, longest first is not promised; empty when none. */
    List<Phrase> phrasesStartingWith(String word) {
        return phrases.getOrDefault(word, List.of());
    }

    static Map<String, Float> parse(Iterable<String> lines, String source) {
        Map<String, Float> map = new HashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            float valence;
            try {
                valence = Float.parseFloat(parts[0]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + n + ": a line starts with its valence", e);
            }
            for (int i = 1; i < parts.length; i++) {
                map.merge(parts[i].toLowerCase(Locale.ROOT), valence, (a, b) -> Math.abs(b) > Math.abs(a) ? b : a);
            }
        }
        return Map.copyOf(map);
    }

    /** Number of listed words. */
    public int size() {
        return valences.size();
    }

    /** The valence of a lower-case word or of the listed form it inflects; 0 when unlisted. */
    public double valence(String word) {
        Float v = valences.get(word);
        if (v != null) {
            return v;
        }
        if (word.length() < 4) {
            return 0;
        }
        return language == TextLanguage.IT ? italianForm(word) : englishForm(word);
    }

    private double englishForm(String w) {
        if (w.endsWith("ly") && !w.endsWith("ily")) {
            return NOT_ADVERBS.contains(w) ? 0 : listed(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ily")) {
            return listed(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("ies") || w.endsWith("ied")) {
            return listed(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("ing")) {
            String stem = w.substring(0, w.length() - 3);
            return first(stem, stem + "e", undouble(stem));
        }
        if (w.endsWith("ed")) {
            String stem = w.substring(0, w.length() - 2);
            return first(stem, stem + "e", undouble(stem));
        }
        if (w.endsWith("est") || w.endsWith("er")) {
            String stem = w.substring(0, w.length() - (w.endsWith("est") ? 3 : 2));
            return first(stem, stem + "e", undouble(stem));
        }
        if (w.endsWith("es") || w.endsWith("s")) {
            return first(
                    w.substring(0, w.length() - 1), w.endsWith("es") ? w.substring(0, w.length() - 2) : null, null);
        }
        return 0;
    }

    /** Adverbs whose root is an opinion word but which are themselves just hedges or fillers. */
    private static final Set<String> NOT_ADVERBS = Set.of(
            "really",
            "likely",
            "fairly",
            "truly",
            "pretty",
            "only",
            "early",
            "nearly",
            "simply",
            "lovely",
            "badly",
            "deadly",
            "sorely",
            "greatly",
            "honestly",
            "clearly",
            "surely",
            "frankly",
            "literally",
            "seriously");

    private double italianForm(String w) {
        // Superlatives: "bellissime" -> "bello", "gentilissimo" -> "gentile".
        int sup = w.lastIndexOf("issim");
        if (sup > 2 && w.length() == sup + 6) {
            String stem = w.substring(0, sup);
            double v = first(stem + "o", stem + "e", null);
            return v == 0 ? 0 : Math.copySign(Math.min(4, Math.abs(v) + 0.5), v);
        }
        char last = w.charAt(w.length() - 1);
        if ("aeio".indexOf(last) >= 0) {
            String stem = w.substring(0, w.length() - 1);
            double v = first(stem + "o", stem + "e", stem + "a");
            if (v != 0) {
                return v;
            }
        }
        return italianVerb(w);
    }

    /** Common conjugated forms back to the infinitive: "odiano" -> "odiare", "delude" -> "deludere". */
    private double italianVerb(String w) {
        for (String ending : VERB_ENDINGS) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                String stem = w.substring(0, w.length() - ending.length());
                double v = first(stem + "are", stem + "ere", stem + "ire");
                if (v != 0) {
                    return v;
                }
            }
        }
        return 0;
    }

    private static final List<String> VERB_ENDINGS = List.of(
            "iscono", "ando", "endo", "ano", "ono", "ato", "ata", "ati", "ate", "uto", "uta", "iti", "ito", "ita",
            "isce", "iamo", "ate", "ete", "ite", "a", "e", "i", "o");

    private double first(String a, String b, String c) {
        double v = listed(a);
        if (v == 0 && b != null) {
            v = listed(b);
        }
        if (v == 0 && c != null) {
            v = listed(c);
        }
        return v;
    }

    private double listed(String word) {
        Float v = valences.get(word);
        return v == null ? 0 : v;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        return n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) ? stem.substring(0, n - 1) : null;
    }
}
