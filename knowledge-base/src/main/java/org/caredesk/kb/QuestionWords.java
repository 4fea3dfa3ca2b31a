package org.caredesk.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The words that say how a question is asked rather than what it is about ("how can I", "is there a
 * way", "come posso"), as the stems the query analyzer makes of them. FAQ titles are questions too,
 * so these words match nearly every title; at full weight they rank the articles phrased like the
 * query above the articles about the same thing. Read once from {@code question-words.txt}.
 */
final class QuestionWords {

    private static final String RESOURCE = "question-words.txt";

    private final Map<Language, Set<String>> stems;

    private QuestionWords(Map<Language, Set<String>> stems) {
        this.stems = stems;
    }

    static QuestionWords load(Analyzer analyzer) {
        Map<Language, Set<String>> stems = new EnumMap<>(Language.class);
        Language current = null;
        for (String line : read().split("\\R")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[")) {
                current =
                        Language.fromCode(text.substring(1, text.length() - 1)).orElseThrow();
                continue;
            }
            Set<String> set = stems.computeIfAbsent(current, l -> new HashSet<>());
            for (String word : text.split("\\s+")) {
                TermAnalysis.analyze(analyzer, ArticleFields.body(current), word, 4)
                        .forEach(t -> set.add(t.text()));
            }
        }
        return new QuestionWords(stems);
    }

    /** Whether the analysed {@code term} of {@code language} is a question word. */
    boolean contains(Language language, String term) {
        return stems.getOrDefault(language, Set.of()).contains(term);
    }

    private static String read() {
        try (InputStream in = QuestionWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
