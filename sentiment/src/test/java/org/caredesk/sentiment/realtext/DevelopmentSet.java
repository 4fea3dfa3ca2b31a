package org.caredesk.sentiment.realtext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.SentimentLabel;

/**
 * A public development set read from {@code ../shared/data} (see its README for the formats and
 * the class definitions). Read at run time only: never copied into the repository, never trained on.
 *
 * @param twoClass true for sets rated only negative or positive (UCI): scored by two-class accuracy
 */
record DevelopmentSet(String name, TextLanguage language, boolean twoClass, List<RatedText> texts) {

    /** Every set found under {@code dataDir}, in a fixed order; none when the folders are absent. */
    static List<DevelopmentSet> findAll(Path dataDir) {
        List<DevelopmentSet> sets = new ArrayList<>();
        for (Path file : files(dataDir.resolve("uci-sentiment"), ".txt")) {
            sets.add(new DevelopmentSet("uci " + stem(file), TextLanguage.EN, true, readUci(file)));
        }
        for (Path file : files(dataDir.resolve("vader-snippets"), "_GroundTruth.txt")) {
            sets.add(new DevelopmentSet("vader " + stem(file), TextLanguage.EN, false, readVader(file)));
        }
        for (Path file : files(dataDir.resolve("sentipolc-train"), ".csv")) {
            sets.add(new DevelopmentSet("sentipolc " + stem(file), TextLanguage.IT, false, readSentipolc(file)));
        }
        return sets;
    }

    /** {@code sentence<TAB>0|1}. */
    static List<RatedText> readUci(Path file) {
        List<RatedText> texts = new ArrayList<>();
        for (String line : lines(file)) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                String label = line.substring(tab + 1).strip();
                texts.add(new RatedText(
                        line.substring(0, tab).strip(),
                        label.equals("1") ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE));
            }
        }
        return texts;
    }

    /** {@code id<TAB>mean valence<TAB>text}; negative below -0.5, positive above +0.5, else neutral. */
    static List<RatedText> readVader(Path file) {
        List<RatedText> texts = new ArrayList<>();
        for (String line : lines(file)) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                double valence = Double.parseDouble(parts[1].strip());
                SentimentLabel truth = valence < -0.5
                        ? SentimentLabel.NEGATIVE
                        : valence > 0.5 ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
                texts.add(new RatedText(parts[2].strip(), truth));
            }
        }
        return texts;
    }

    /**
     * SENTIPOLC CSV {@code idtwitter,subj,opos,oneg,iro,lpos,lneg,top,text}: positive when only
     * opos, negative when only oneg, neutral when not subjective or neither; both set is left out.
     */
    static List<RatedText> readSentipolc(Path file) {
        List<RatedText> texts = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = CsvLine.split(lines.get(i));
            if (cells.size() < 9) {
                continue;
            }
            boolean subjective = cells.get(1).equals("1");
            boolean positive = cells.get(2).equals("1");
            boolean negative = cells.get(3).equals("1");
            if (positive && negative) {
                continue;
            }
            SentimentLabel truth = !subjective || (!positive && !negative)
                    ? SentimentLabel.NEUTRAL
                    : positive ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
            texts.add(new RatedText(cells.get(8), truth));
        }
        return texts;
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int cut = name.indexOf('_');
        int dot = name.lastIndexOf('.');
        return name.substring(0, cut > 0 ? cut : dot);
    }
}
