package org.caredesk.sentiment.realtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caredesk.sentiment.language.TextLanguage;
import org.caredesk.sentiment.polarity.SentimentLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers on small files in each set's format, written here (no line of the real sets). */
class DevelopmentSetTest {

    @TempDir
    Path data;

    private void write(String relative, String... lines) throws IOException {
        Path file = data.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void absentFoldersGiveNoSet() {
        assertTrue(DevelopmentSet.findAll(data.resolve("nowhere")).isEmpty());
    }

    @Test
    void readsEachFormatWithItsClasses() throws IOException {
        write("uci-sentiment/shop_cells_labelled.txt", "Loved the charger.\t1", "Broke in a week.\t0");
        write(
                "vader-snippets/posts_GroundTruth.txt",
                "1\t2.1\tbest day ever",
                "2\t-0.4\tbus is late again",
                "3\t-1.8\tworst film of the year");
        write(
                "sentipolc-train/posts.csv",
                "\"idtwitter\",\"subj\",\"opos\",\"oneg\",\"iro\",\"lpos\",\"lneg\",\"top\",\"text\"",
                "\"1\",1,1,0,0,1,0,0,\"che bella giornata, \"\"finalmente\"\"\"",
                "\"2\",1,0,1,0,0,1,0,\"treno in ritardo, grazie eh\"",
                "\"3\",0,0,0,0,0,0,0,\"domani riunione alle 9\"",
                "\"4\",1,1,1,0,0,0,0,\"bello ma caro\"",
                "\"5\",1,0,0,0,0,0,0,\"boh\"");
        List<DevelopmentSet> sets = DevelopmentSet.findAll(data);
        assertEquals(
                List.of("uci shop", "vader posts", "sentipolc posts"),
                sets.stream().map(DevelopmentSet::name).toList());

        DevelopmentSet uci = sets.get(0);
        assertTrue(uci.twoClass());
        assertEquals(
                List.of(
                        new RatedText("Loved the charger.", SentimentLabel.POSITIVE),
                        new RatedText("Broke in a week.", SentimentLabel.NEGATIVE)),
                uci.texts());

        assertEquals(
                List.of(SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL, SentimentLabel.NEGATIVE),
                sets.get(1).texts().stream().map(RatedText::truth).toList());

        DevelopmentSet sentipolc = sets.get(2);
        assertEquals(TextLanguage.IT, sentipolc.language());
        assertEquals(
                List.of(
                        new RatedText("che bella giornata, \"finalmente\"", SentimentLabel.POSITIVE),
                        new RatedText("treno in ritardo, grazie eh", SentimentLabel.NEGATIVE),
                        new RatedText("domani riunione alle 9", SentimentLabel.NEUTRAL),
                        new RatedText("boh", SentimentLabel.NEUTRAL)),
                sentipolc.texts(),
                "both polarities set is left out; subjective without polarity is neutral");
    }

    @Test
    void csvKeepsCommasAndDoubledQuotesInsideQuotes() {
        assertEquals(List.of("a", "b, c", "say \"hi\"", ""), CsvLine.split("a,\"b, c\",\"say \"\"hi\"\"\","));
    }
}
