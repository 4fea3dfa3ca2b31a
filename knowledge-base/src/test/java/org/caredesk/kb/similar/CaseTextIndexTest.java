package org.caredesk.kb.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseTextIndexTest {
    private static final List<CaseText> CASES = List.of(
            new CaseText(
                    "CD-1",
                    "en",
                    "Power bank overheating. My VoltPak power bank got very hot while charging and smelled of smoke."),
            new CaseText("CD-2", "en", "Refund not received. I returned the toaster a month ago and still no refund."),
            new CaseText("CD-3", "en", "Power bank hot. The power bank overheats when charging my phone, is it safe?"),
            new CaseText("CD-4", "en", "Late delivery. My parcel is two weeks late, where is my order?"),
            new CaseText("CD-5", "it", "Powerbank surriscaldato. Il powerbank si surriscalda durante la ricarica."),
            new CaseText("CD-6", "it", "Rimborso. Ho restituito il tostapane ma non ho ricevuto il rimborso."));

    @Test
    void findsTheCaseAboutTheSameMatterFirstAndNeverTheCaseItself() {
        try (CaseTextIndex index = new CaseTextIndex()) {
            index.rebuild(CASES);
            List<SimilarCase> similar = index.similarTo(CASES.get(0), 3);
            assertFalse(similar.isEmpty());
            assertEquals("CD-3", similar.get(0).caseNumber(), similar.toString());
            assertTrue(similar.stream().noneMatch(s -> s.caseNumber().equals("CD-1")), similar.toString());
            assertTrue(
                    similar.stream().noneMatch(s -> s.caseNumber().equals("CD-4")),
                    "a parcel is not a power bank: " + similar);
        }
    }

    @Test
    void italianCasesMatchItalianCasesThroughStems() {
        try (CaseTextIndex index = new CaseTextIndex()) {
            index.rebuild(CASES);
            List<SimilarCase> similar =
                    index.similarTo(new CaseText("CD-9", "it", "Voglio un rimborso per il tostapane restituito"), 5);
            assertEquals(
                    List.of("CD-6"),
                    similar.stream().map(SimilarCase::caseNumber).toList());
        }
    }

    @Test
    void aNewCaseIsFoundAtOnceAndAnUpsertReplacesTheOldText() {
        try (CaseTextIndex index = new CaseTextIndex()) {
            index.rebuild(CASES);
            CaseText query = new CaseText("CD-99", "en", "The robot mower is stuck on the slope");
            assertTrue(index.similarTo(query, 5).isEmpty());

            index.upsert(new CaseText("CD-7", "en", "Robot mower stuck in the garden"));
            assertEquals("CD-7", index.similarTo(query, 5).get(0).caseNumber());
            index.upsert(new CaseText("CD-7", "en", "Coffee machine needs descaling"));
            assertTrue(index.similarTo(query, 5).isEmpty(), "the old text is gone");
            assertEquals(CASES.size() + 1, index.size());
        }
    }

    @Test
    void blankTextOrZeroLimitFindsNothing() {
        try (CaseTextIndex index = new CaseTextIndex()) {
            index.rebuild(CASES);
            assertTrue(index.similarTo(new CaseText("CD-1", "en", "   "), 5).isEmpty());
            assertTrue(index.similarTo(CASES.get(0), 0).isEmpty());
            assertTrue(
                    index.similarTo(new CaseText("CD-1", "en", "the and of"), 5).isEmpty(), "stop words alone");
        }
    }
}
