package org.caredesk.domain.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedListener;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.kb.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index kept under the data folder is reused when it matches the database, and rebuilt when
 * it is missing, damaged or stale (an article changed, added or unpublished while the application
 * was down).
 */
class KnowledgeBaseStartupTest {
    private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00.123456Z");

    @TempDir
    Path dataDir;

    private final Catalog catalog = new Catalog();
    private final List<KnowledgeBase> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(KnowledgeBase::close);
    }

    @Test
    void aMissingIndexIsBuiltFromTheDatabase() {
        catalog.add(1, "How to request a refund");
        catalog.add(2, "Track your parcel");

        KnowledgeBase kb = start();

        assertEquals(List.of("How to request a refund"), titles(kb, "refund"));
        assertEquals(1, catalog.fullReads);
    }

    @Test
    void anIndexThatMatchesTheDatabaseIsKept() {
        catalog.add(1, "How to request a refund");
        stop(start());
        catalog.fullReads = 0;

        KnowledgeBase kb = start();

        assertEquals(0, catalog.fullReads, "the index was rebuilt although nothing changed");
        assertEquals(List.of("How to request a refund"), titles(kb, "refund"));
    }

    @Test
    void anArticleEditedWhileDownIsRebuiltIntoTheIndex() {
        catalog.add(1, "How to request a refund");
        stop(start());
        catalog.articles
                .get(1L)
                .revise(
                        "Gift vouchers explained",
                        "<p>Vouchers.</p>",
                        null,
                        List.of(),
                        List.of(),
                        CREATED.plusSeconds(60));

        KnowledgeBase kb = start();

        assertEquals(List.of("Gift vouchers explained"), titles(kb, "voucher"));
        assertEquals(List.of(), titles(kb, "refund"));
    }

    @Test
    void articlesAddedOrUnpublishedWhileDownAreRebuiltIntoTheIndex() {
        catalog.add(1, "How to request a refund");
        catalog.add(2, "Track your parcel");
        stop(start());
        catalog.articles.get(2L).unpublish(CREATED.plusSeconds(60));
        catalog.add(3, "Warranty claims");

        KnowledgeBase kb = start();

        assertEquals(List.of(), titles(kb, "parcel"));
        assertEquals(List.of("Warranty claims"), titles(kb, "warranty"));
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabase() throws IOException {
        catalog.add(1, "How to request a refund");
        stop(start());
        try (Stream<Path> files = Files.list(dataDir.resolve("index").resolve("portal"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4});
            }
        }

        KnowledgeBase kb = start();

        assertEquals(List.of("How to request a refund"), titles(kb, "refund"));
        assertTrue(kb.isUsable());
    }

    @Test
    void aChangeArrivingFromTheFeedIsApplied() {
        catalog.add(1, "How to request a refund");
        KnowledgeBase kb = start();
        catalog.add(2, "Gift vouchers");

        catalog.listener.onEvents(
                List.of(new org.caredesk.domain.feed.FeedRecord(1, "kb.article.changed", CREATED, "{\"id\":2}")));

        assertEquals(List.of("Gift vouchers"), titles(kb, "voucher"));
    }

    private KnowledgeBase start() {
        CareDeskSettings settings = new CareDeskSettings(dataDir, "jdbc:h2:mem:unused", null, null, false, 10);
        KnowledgeBase kb = new KnowledgeBase(catalog, catalog.follower(), settings);
        kb.openIndex("portal");
        opened.add(kb);
        return kb;
    }

    private void stop(KnowledgeBase kb) {
        kb.close();
        opened.remove(kb);
    }

    private static List<String> titles(KnowledgeBase kb, String query) {
        return kb.search(query, "en", 10, 0).hits().stream()
                .map(SearchHit::title)
                .toList();
    }

    /** The database's articles, in memory; counts full reads (what a rebuild does). */
    private static final class Catalog extends ArticleCatalog {
        final Map<Long, Article> articles = new LinkedHashMap<>();
        int fullReads;
        FeedListener listener;

        void add(long id, String title) {
            Article article =
                    new Article("a" + id, "en", title, "<p>" + title + ".</p>", "help", List.of(), List.of(), CREATED);
            try {
                Field field = Article.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(article, id);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            articles.put(id, article);
        }

        FeedFollower follower() {
            return new FeedFollower(null) {
                @Override
                public void addListener(FeedListener added) {
                    listener = added;
                }
            };
        }

        @Override
        public List<Article> published() {
            fullReads++;
            return articles.values().stream().filter(Article::isPublished).toList();
        }

        @Override
        public Map<Long, Instant> publishedVersions() {
            Map<Long, Instant> versions = new HashMap<>();
            articles.values().stream()
                    .filter(Article::isPublished)
                    .forEach(a -> versions.put(a.getId(), a.getUpdatedAt()));
            return versions;
        }

        @Override
        public Optional<Article> find(long id) {
            return Optional.ofNullable(articles.get(id));
        }
    }
}
