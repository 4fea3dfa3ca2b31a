package org.caredesk.domain.kb.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caredesk.domain.demo.DemoArticle;
import org.caredesk.domain.demo.DemoDataset;
import org.caredesk.kb.ArticleDocument;

/**
 * The evaluation set ({@code /relevance/queries.tsv}) over the demo articles, shared by
 * {@link SearchRelevanceTest} and {@link RelevanceBenchmark}. Article ids are positions in the
 * demo list (1-based); judgments name articles by language and slug.
 */
record RelevanceSet(List<DemoArticle> articles, List<ArticleDocument> documents, List<Judged> queries) {

    static final long SEED = 20261122L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String QUERIES = "/relevance/queries.tsv";

    /** One query with the grade (2 = the answer, 1 = related) of each relevant article id. */
    record Judged(int line, String language, String query, Map<Long, Integer> grades) {}

    static RelevanceSet load() {
        List<DemoArticle> articles = DemoDataset.generate(SEED, TODAY).articles();
        List<ArticleDocument> documents = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            DemoArticle a = articles.get(i);
            long id = i + 1;
            documents.add(new ArticleDocument(
                    id, a.title(), a.body(), a.language(), a.category(), a.tags(), a.productCodes(), Instant.EPOCH));
            ids.put(a.language() + "/" + a.slug(), id);
        }
        return new RelevanceSet(articles, documents, parse(read(), ids));
    }

    private static List<Judged> parse(String text, Map<String, Long> ids) {
        List<Judged> queries = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalStateException(QUERIES + " line " + (i + 1) + ": expected 3 tab-separated columns");
            }
            Map<Long, Integer> grades = new LinkedHashMap<>();
            for (String judgment : columns[2].trim().split("\\s+")) {
                String[] slugGrade = judgment.split(":");
                Long id = ids.get(columns[0] + "/" + slugGrade[0]);
                if (id == null || slugGrade.length != 2) {
                    throw new IllegalStateException(QUERIES + " line " + (i + 1) + ": no article " + judgment);
                }
                grades.put(id, Integer.parseInt(slugGrade[1]));
            }
            queries.add(new Judged(i + 1, columns[0], columns[1], grades));
        }
        return List.copyOf(queries);
    }

    private static String read() {
        try (InputStream in = RelevanceSet.class.getResourceAsStream(QUERIES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + QUERIES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String slug(long id) {
        DemoArticle a = articles.get((int) id - 1);
        return a.language() + "/" + a.slug();
    }
}
