package org.caredesk.kb.casesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseIndexTest {
    private static final Instant DAY1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-11-02T10:00:00Z");

    private CaseIndex index;

    @BeforeEach
    void fill() {
        index = CaseIndex.inMemory();
        index.upsertAll(List.of(
                new IndexedCase(
                        "CD-100001",
                        "Kettle switch sparks",
                        "open",
                        "web",
                        "en",
                        "KettlePro 2000",
                        "Anna Rossi",
                        List.of("anna.rossi@example.it"),
                        List.of("+39 02 1234 5678"),
                        null,
                        List.of("hazard", "recall-check"),
                        "negative",
                        true,
                        DAY1,
                        DAY1,
                        "The switch sparks and smells of burning plastic",
                        "Asked for photos of the battery compartment"),
                new IndexedCase(
                        "CD-100002",
                        "Invoice twice",
                        "pending",
                        "email",
                        "en",
                        "Billing",
                        "Marco Bianchi",
                        List.of("marco@example.com"),
                        List.of(),
                        "agent@example.com",
                        List.of("billing"),
                        "neutral",
                        false,
                        DAY2,
                        DAY2,
                        "I was charged twice for my subscription",
                        ""),
                new IndexedCase(
                        "CD-100003",
                        "Bollitore rotto",
                        "resolved",
                        "phone",
                        "it",
                        "KettlePro 2000",
                        "Giulia Verdi",
                        List.of(),
                        List.of("3331234567"),
                        "agent@example.com",
                        List.of(),
                        "negative",
                        false,
                        DAY2,
                        DAY2,
                        "Il bollitore non si accende più",
                        "")));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> find(String text) {
        return index.search(new CaseQuery(text, CaseFilter.NONE, 0, 20)).numbers();
    }

    private List<String> find(String text, CaseFilter filter) {
        return index.search(new CaseQuery(text, filter, 0, 20)).numbers();
    }

    @Test
    void findsByNumberNameMailPhoneProductTagAndAnyWordOfANote() {
        assertEquals(List.of("CD-100002"), find("cd-100002"));
        assertEquals(List.of("CD-100001"), find("Anna Rossi"));
        assertEquals(List.of("CD-100002"), find("marco@example.com"));
        assertEquals(List.of("CD-100001"), find("+39 02 1234 5678"));
        assertEquals(List.of("CD-100001"), find("02-1234-5678"));
        assertEquals(List.of("CD-100003"), find("333 123 4567"));
        assertEquals(Set.of("CD-100001", "CD-100003"), Set.copyOf(find("kettlepro")));
        assertEquals(List.of("CD-100002"), find("billing"));
        assertEquals(List.of("CD-100001"), find("compartment"));
    }

    @Test
    void toleratesTyposAsHelpSearchDoes() {
        assertEquals(List.of("CD-100001"), find("compartmnet"));
        assertEquals(List.of("CD-100002"), find("subscripton"));
        // The first letter must be right: "xubscription" is another word.
        assertTrue(find("xubscription").isEmpty());
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of("CD-100001"), find("kettlepro sparks"));
        assertTrue(find("kettlepro invoice").isEmpty());
    }

    @Test
    void filtersNarrowTheMatches() {
        CaseFilter openOnly = new CaseFilter(Set.of("open", "pending"), null, null, null, null, null, null, null, null);
        assertEquals(List.of("CD-100001"), find("kettlepro", openOnly));
        CaseFilter unassigned =
                new CaseFilter(Set.of(), null, null, null, CaseFilter.UNASSIGNED, null, null, null, null);
        assertEquals(List.of("CD-100001"), find("", unassigned));
        CaseFilter agent = new CaseFilter(Set.of(), "phone", null, null, "Agent@Example.com", null, null, null, null);
        assertEquals(List.of("CD-100003"), find("", agent));
        CaseFilter hazard = new CaseFilter(Set.of(), null, null, null, null, null, null, null, true);
        assertEquals(List.of("CD-100001"), find("", hazard));
        CaseFilter secondDay =
                new CaseFilter(Set.of(), null, null, "KettlePro 2000", null, DAY2, null, "negative", null);
        assertEquals(List.of("CD-100003"), find("", secondDay));
        CaseFilter italian = new CaseFilter(Set.of(), null, "it", null, null, null, null, null, null);
        assertEquals(List.of("CD-100003"), find("kettlepro", italian));
        CaseFilter firstDay = new CaseFilter(Set.of(), null, null, null, null, DAY1, DAY2, null, null);
        assertEquals(List.of("CD-100001"), find("", firstDay));
    }

    @Test
    void withoutTextNewestChangeFirstAndCounted() {
        CaseMatches all = index.search(new CaseQuery("", CaseFilter.NONE, 1, 1));
        assertEquals(3, all.total());
        assertFalse(all.totalIsLowerBound());
        assertEquals(1, all.numbers().size());
        assertEquals(3, index.size());
        assertEquals(DAY2, index.lastUpdate().orElseThrow());
    }

    @Test
    void anUpdateReplacesTheCaseAndRemoveForgetsIt() {
        index.upsert(new IndexedCase(
                "CD-100002",
                "Invoice twice",
                "resolved",
                "email",
                "en",
                "Billing",
                "Marco Bianchi",
                List.of(),
                List.of(),
                null,
                List.of(),
                "neutral",
                false,
                DAY2,
                DAY2,
                "refund arrived",
                ""));
        assertEquals(List.of("CD-100002"), find("refund"));
        assertTrue(find("subscription").isEmpty());
        index.remove("cd-100002");
        assertTrue(find("refund").isEmpty());
        assertEquals(2, index.size());
    }

    @Test
    void similarCasesComeFromTheSameIndexNeverTheCaseItself() {
        index.upsert(new IndexedCase(
                "CD-100004",
                "Sparks from kettle",
                "new",
                "web",
                "en",
                null,
                "Luca Neri",
                List.of(),
                List.of(),
                null,
                List.of(),
                "negative",
                true,
                DAY2,
                DAY2,
                "My kettle switch sparks and there is a burning smell",
                ""));
        List<String> like = index.similarTo("CD-100004", "en", "Kettle switch sparks, burning smell", 5);
        assertEquals("CD-100001", like.get(0));
        assertFalse(like.contains("CD-100004"));
    }

    @Test
    void anIndexOnDiskSurvivesAReopenAndADamagedOneIsWiped(@TempDir Path dir) throws Exception {
        try (CaseIndex disk = CaseIndex.open(dir)) {
            disk.clear();
            disk.add(List.of(new IndexedCase(
                    "CD-1", "s", "open", "web", "en", null, null, null, null, null, null, null, false, DAY1, DAY1,
                    "toaster", "")));
            disk.commit();
        }
        try (CaseIndex again = CaseIndex.open(dir)) {
            assertFalse(again.wasWiped());
            assertEquals(1, again.size());
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.writeString(file, "garbage");
            }
        }
        try (CaseIndex damaged = CaseIndex.open(dir)) {
            assertTrue(damaged.wasWiped());
            assertEquals(0, damaged.size());
        }
    }
}
