package org.caredesk.kb.realtext;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caredesk.kb.ArticleDocument;

/**
 * StackFAQ (Karan and Šnajder 2018) as given in {@code faq-dev/stackfaq/stackfaq-dev.json}:
 * {@code {"faqs":[{"id":"en0","question","answer"}], "queries_dev":[{"query","relevant":"en0"}]}}.
 * Article ids are the number after "en".
 */
final class StackFaqReader {

    static final String FILE = "stackfaq/stackfaq-dev.json";

    private StackFaqReader() {}

    static FaqCollection read(Path faqDev) throws IOException {
        JsonObject root;
        try (Reader in = Files.newBufferedReader(faqDev.resolve(FILE), StandardCharsets.UTF_8)) {
            root = Json.createReader(in).readObject();
        }
        List<ArticleDocument> articles = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("faqs")) {
            JsonObject faq = value.asJsonObject();
            articles.add(new ArticleDocument(
                    id(faq.getString("id")),
                    faq.getString("question"),
                    FaqText.asHtml(faq.getString("answer")),
                    "en",
                    "",
                    List.of(),
                    List.of(),
                    Instant.EPOCH));
        }
        List<FaqCollection.Query> queries = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("queries_dev")) {
            JsonObject query = value.asJsonObject();
            queries.add(new FaqCollection.Query(query.getString("query"), Set.of(id(query.getString("relevant")))));
        }
        return new FaqCollection("StackFAQ dev", "en", articles, queries);
    }

    private static long id(String text) {
        return Long.parseLong(text.replaceFirst("^[a-z]+", ""));
    }
}
