package org.caredesk.kb;

import static org.caredesk.kb.SampleArticles.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompoundQueryTest {

    @TempDir
    Path dir;

    @Test
    void twoWordsTypedApartFindTheArticleThatWritesThemAsOne() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(List.of(
                    SampleArticles.en(
                            1,
                            "Keeping a backup of your contacts",
                            "Copy them to the cloud every week.",
                            "Account",
                            List.of()),
                    SampleArticles.en(
                            2, "Sharing your contacts", "Send a contact card by mail.", "Account", List.of())));

            assertEquals(
                    1L,
                    ids(index.search(new SearchRequest("how do I back up my contacts", "en", 10, 0)))
                            .get(0));
            assertEquals(
                    1L,
                    ids(index.search(new SearchRequest("back-up contacts", "en", 10, 0)))
                            .get(0));
        }
    }

    @Test
    void wordsThatJoinIntoNothingKnownAddNothing() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(
                    List.of(SampleArticles.en(1, "Photo albums", "Albums keep photos together.", "Other", List.of())));

            assertEquals(List.of(), ids(index.search(new SearchRequest("back up", "en", 10, 0))));
        }
    }

    @Test
    void italianCompoundsAreJoinedToo() {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.rebuild(List.of(
                    SampleArticles.it(
                            1, "La lavastoviglie non scarica", "Pulisci il filtro sul fondo.", "Assistenza", List.of()),
                    SampleArticles.it(
                            2, "Il forno non scalda", "Controlla la spina e il timer.", "Assistenza", List.of())));

            assertEquals(List.of(1L), ids(index.search(new SearchRequest("lava stoviglie", "it", 10, 0))));
        }
    }
}
