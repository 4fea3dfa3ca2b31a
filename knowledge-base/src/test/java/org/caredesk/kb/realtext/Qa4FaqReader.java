package org.caredesk.kb.realtext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caredesk.kb.ArticleDocument;

/**
 * QA4FAQ (EVALITA 2016) as given in {@code faq-dev/qa4faq/}: {@code faqs.csv} ({@code id;question;answer;tag},
 * double-quoted fields that may hold {@code ;}, {@code ""} and line breaks) and {@code queries-dev.tsv}
 * ({@code query_id, query, relevant_faq_ids} separated by spaces). The tags are not loaded: the
 * articles are question and answer only, as for every collection.
 */
final class Qa4FaqReader {

    static final String FAQS = "qa4faq/faqs.csv";
    static final String QUERIES = "qa4faq/queries-dev.tsv";

    private Qa4FaqReader() {}

    static FaqCollection read(Path faqDev) throws IOException {
        List<ArticleDocument> articles = new ArrayList<>();
        List<List<String>> rows = SemicolonCsv.parse(Files.readString(faqDev.resolve(FAQS), StandardCharsets.UTF_8));
        for (List<String> row : rows.subList(1, rows.size())) {
            articles.add(new ArticleDocument(
                    Long.parseLong(row.get(0).strip()),
                    row.get(1),
                    FaqText.asHtml(row.get(2)),
                    "it",
                    "",
                    List.of(),
                    List.of(),
                    Instant.EPOCH));
        }
        List<FaqCollection.Query> queries = new ArrayList<>();
        List<String> lines = Files.readAllLines(faqDev.resolve(QUERIES), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            Set<Long> relevant = new LinkedHashSet<>();
            Arrays.stream(columns[2].strip().split("\\s+")).map(Long::parseLong).forEach(relevant::add);
            queries.add(new FaqCollection.Query(columns[1], relevant));
        }
        return new FaqCollection("QA4FAQ dev", "it", articles, queries);
    }
}
