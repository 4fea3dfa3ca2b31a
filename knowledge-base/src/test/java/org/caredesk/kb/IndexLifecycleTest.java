package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void opensAnEmptyIndexInAMissingDirectory() {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("a/b/kb"))) {
            assertEquals(0, index.size());
            assertTrue(index.isUsable());
            assertFalse(index.wasWiped());
            assertEquals(0, index.search(SearchRequest.of("refund")).total());
        }
    }

    @Test
    void upsertIsSearchableAtOnce() {
        try (ArticleIndex index = SampleArticles.index(dir)) {
            index.upsert(SampleArticles.en(200, "Gift vouchers", "Vouchers can be used online.", "Billing", List.of()));

            assertEquals(List.of(200L), ids(index.search(SearchRequest.of("voucher"))));
            assertEquals(SampleArticles.all().size() + 1, index.size());
        }
    }

    @Test
    void upsertReplacesTheArticleWithTheSameId() {
        try (ArticleIndex index = SampleArticles.index(dir)) {
            index.upsert(SampleArticles.en(
                    SampleArticles.RECALL_EN, "Kettle recall closed", "The recall has ended.", "Safety", List.of()));

            assertEquals(0, index.search(SearchRequest.of("overheat")).total());
            assertEquals(List.of(SampleArticles.RECALL_EN), ids(index.search(SearchRequest.of("ended"))));
            assertEquals(SampleArticles.all().size(), index.size());
        }
    }

    @Test
    void removeIsGoneAtOnce() {
        try (ArticleIndex index = SampleArticles.index(dir)) {
            index.remove(SampleArticles.WARRANTY_EN);
            index.remove(9_999); // unknown: nothing happens

            assertFalse(ids(index.search(SearchRequest.of("warranty"))).contains(SampleArticles.WARRANTY_EN));
            assertEquals(SampleArticles.all().size() - 1, index.size());
        }
    }

    @Test
    void rebuildReplacesEverything() {
        try (ArticleIndex index = SampleArticles.index(dir)) {
            index.rebuild(List.of(
                    SampleArticles.en(300, "Opening hours", "We are open from 9 to 5.", "Contact", List.of()),
                    SampleArticles.en(301, "Phone support", "Call us from 9 to 5.", "Contact", List.of())));

            assertEquals(2, index.size());
            assertEquals(0, index.search(SearchRequest.of("refund")).total());
            assertEquals(List.of(301L), ids(index.search(SearchRequest.of("phone"))));
        }
    }

    @Test
    void rebuildKeepsTheLastArticleOfARepeatedId() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(List.of(
                    SampleArticles.en(1, "Old title", "old", "x", List.of()),
                    SampleArticles.en(1, "New title", "new", "x", List.of())));

            assertEquals(1, index.size());
            assertEquals(
                    "New title",
                    index.search(SearchRequest.of("title")).hits().get(0).title());
        }
    }

    @Test
    void searchersNeverSeeAHalfBuiltIndex() throws Exception {
        List<ArticleDocument> five = SampleArticles.all().subList(0, 5);
        List<ArticleDocument> seven = SampleArticles.all().subList(5, 12);
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(five);
            AtomicBoolean done = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 16; i++) {
                    index.rebuild(i % 2 == 0 ? seven : five);
                }
                done.set(true);
            });
            writer.start();
            List<Integer> seen = new ArrayList<>();
            while (!done.get()) {
                seen.add(index.size());
            }
            writer.join();

            assertTrue(Set.of(5, 7).containsAll(seen), "sizes seen: " + Set.copyOf(seen));
        }
    }

    @Test
    void contentSurvivesCloseAndReopen() {
        SampleArticles.index(dir).close();

        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertFalse(index.wasWiped());
            assertEquals(SampleArticles.all().size(), index.size());
        }
    }

    @Test
    void garbageFilesGiveAnEmptyUsableIndex() throws IOException {
        for (String name : List.of("segments_1", "segments_2", "_0.cfs", "_0.cfe", "_0.si")) {
            Files.write(dir.resolve(name), "not a lucene file".getBytes(StandardCharsets.UTF_8));
        }

        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertTrue(index.wasWiped());
            assertTrue(index.isUsable());
            assertEquals(0, index.size());
            index.rebuild(SampleArticles.all());
            assertEquals(
                    SampleArticles.REFUND_EN,
                    ids(index.search(SearchRequest.of("refund"))).get(0));
        }
    }

    @Test
    void damagedIndexIsWipedButOtherFoldersAreKept() throws IOException {
        SampleArticles.index(dir).close();
        Files.createDirectory(dir.resolve("backup"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] {0x13, 0x37, 0x00, 0x42, 0x7f});
            }
        }

        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertTrue(index.wasWiped());
            assertTrue(index.isUsable());
            assertEquals(0, index.size());
            assertTrue(Files.isDirectory(dir.resolve("backup")));
        }
    }

    @Test
    void secondWriterOnTheSameDirectoryIsRefusedWithoutWipingTheFirst() {
        try (ArticleIndex first = SampleArticles.index(dir)) {
            assertThrows(UncheckedIOException.class, () -> ArticleIndex.open(dir));

            assertEquals(SampleArticles.all().size(), first.size());
            assertEquals(
                    SampleArticles.REFUND_EN,
                    ids(first.search(SearchRequest.of("refund"))).get(0));
        }
    }

    @Test
    void closedIndexIsNotUsableAndSaysSo() {
        ArticleIndex index = SampleArticles.index(dir);
        index.close();
        index.close(); // idempotent

        assertFalse(index.isUsable());
        assertThrows(IllegalStateException.class, () -> index.search(SearchRequest.of("refund")));
        assertThrows(
                IllegalStateException.class,
                () -> index.upsert(SampleArticles.all().get(0)));
    }

    @Test
    void versionsAreTheIdsAndLastChangesOfTheIndexedArticles() {
        Instant edited = Instant.parse("2026-11-23T01:02:03.456789Z");
        try (ArticleIndex index = SampleArticles.index(dir)) {
            Map<Long, Instant> before = index.versions();
            assertEquals(SampleArticles.all().size(), before.size());
            SampleArticles.all().forEach(a -> assertEquals(a.updatedAt(), before.get(a.id()), "article " + a.id()));

            ArticleDocument refund = SampleArticles.all().get(0);
            index.upsert(new ArticleDocument(
                    refund.id(),
                    refund.title(),
                    refund.body(),
                    refund.language(),
                    refund.category(),
                    refund.tags(),
                    refund.products(),
                    edited));
            index.remove(SampleArticles.WARRANTY_EN);

            Map<Long, Instant> after = index.versions();
            assertEquals(edited, after.get(refund.id()));
            assertFalse(after.containsKey(SampleArticles.WARRANTY_EN));
            assertEquals(SampleArticles.all().size() - 1, after.size());
        }
    }

    @Test
    void versionsSurviveARestart() {
        SampleArticles.index(dir).close();

        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertEquals(SampleArticles.all().size(), index.versions().size());
        }
    }

    @Test
    void anIndexNotRebuiltWithTheCurrentAnalysisReportsNoVersionsSoTheCallerRebuildsIt() {
        // Filled by upserts only, as an index of an older version (another analysis stamp, or none) is.
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(SampleArticles.en(200, "Gift vouchers", "Vouchers can be used online.", "Billing", List.of()));

            assertEquals(Map.of(), index.versions());
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertEquals(1, index.size());
            assertEquals(Map.of(), index.versions());

            index.rebuild(SampleArticles.all());
            assertEquals(SampleArticles.all().size(), index.versions().size());
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertEquals(SampleArticles.all().size(), index.versions().size());
        }
    }

    @Test
    void aLargeRebuildReportsProgressEveryThousandArticles() {
        List<ArticleDocument> many = new ArrayList<>();
        for (int i = 1; i <= 2_500; i++) {
            many.add(SampleArticles.en(i, "Article " + i, "Body of article " + i, "Other", List.of()));
        }
        List<Integer> progress = new ArrayList<>();
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(many, progress::add);

            assertEquals(List.of(1_000, 2_000, 2_500), progress);
            assertEquals(2_500, index.size());
        }
    }

    @Test
    void anEditedTitleAndBodyShowInTheNextHit() {
        try (ArticleIndex index = SampleArticles.index(dir)) {
            assertEquals(
                    SampleArticles.REFUND_EN,
                    ids(index.search(SearchRequest.of("refund"))).get(0));

            index.upsert(SampleArticles.en(
                    SampleArticles.REFUND_EN,
                    "Refunds, rewritten",
                    "A refund now takes two days.",
                    "Billing",
                    List.of()));

            SearchHit hit = index.search(SearchRequest.of("refund")).hits().get(0);
            assertEquals("Refunds, rewritten", hit.title());
            assertEquals("A <mark>refund</mark> now takes two days.", hit.snippet());
        }
    }

    @Test
    void upsertsAndRemovesSurviveCloseAndReopen() {
        try (ArticleIndex index = SampleArticles.index(dir)) {
            index.upsert(SampleArticles.en(200, "Gift vouchers", "Vouchers can be used online.", "Billing", List.of()));
            index.remove(SampleArticles.WARRANTY_EN);
        }

        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertEquals(List.of(200L), ids(index.search(SearchRequest.of("voucher"))));
            assertFalse(index.versions().containsKey(SampleArticles.WARRANTY_EN));
            assertEquals(SampleArticles.all().size(), index.size());
        }
    }
}
