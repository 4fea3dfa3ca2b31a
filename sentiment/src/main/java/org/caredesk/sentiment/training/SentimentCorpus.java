package org.caredesk.sentiment.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.SentimentLabel;

/**
 * Reads the project's hand-written corpus: {@code sentiment-<lang>.tsv}, one
 * {@code label<TAB>text} per line, labels negative/neutral/positive, '#' starts a comment line.
 * A malformed line stops the build with its line number rather than silently training on less.
 */
public final class SentimentCorpus {

    private SentimentCorpus() {}

    public static Path file(Path corpusDir, TextLanguage language) {
        return corpusDir.resolve("sentiment-" + language.code() + ".tsv");
    }

    public static List<LabelledText> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * The corpus packaged in this jar ({@code corpus/sentiment-<lang>.tsv}): what the build trained
     * the bundled models on, and what the console retrains from together with agents' corrections.
     */
    public static List<LabelledText> bundled(TextLanguage language) throws IOException {
        String resource = "corpus/sentiment-" + language.code() + ".tsv";
        try (InputStream in = SentimentCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Corpus " + resource + " is not on the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(reader.lines().toList(), resource);
            }
        }
    }

    private static List<LabelledText> parse(List<String> lines, String source) throws IOException {
        List<LabelledText> texts = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0 || line.substring(tab + 1).isBlank()) {
                throw new IOException(source + ":" + (i + 1) + ": expected label<TAB>text");
            }
            try {
                texts.add(
                        new LabelledText(SentimentLabel.fromWireName(line.substring(0, tab)), line.substring(tab + 1)));
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return texts;
    }
}
