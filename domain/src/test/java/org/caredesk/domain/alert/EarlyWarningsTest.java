package org.caredesk.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caredesk.sentiment.warning.SafetySignal;
import org.junit.jupiter.api.Test;

/**
 * What a scan reads from the database. Issue 14: importing contacts older than the watch's clock
 * rebuilt the watch from the whole stored history on every import request, so a history replayed in
 * many requests was read again and again (a quadratic cost). Now an import request rebuilds only when
 * the last rebuild ended at least ten of its durations ago; otherwise the next scheduled scan rebuilds
 * once. Without a database: the inputs and the writer are in memory, and reading one contact takes
 * one millisecond of a clock the test controls.
 */
class EarlyWarningsTest {

    private final StoredWarningInputs stored = new StoredWarningInputs();
    private final RecordedSignals written = new RecordedSignals();
    private final EarlyWarnings warnings = new EarlyWarnings(stored, written, () -> stored.nanos);

    @Test
    void importRequestsInQuickSuccessionReadOnlyWhatTheyImportedAndTheScheduledScanRebuildsOnce() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 1_000; i++, day = day.plusDays(2)) {
            stored.add(day, "P-KNOWN", false);
        }
        warnings.scan(); // the start-up rebuild: 1,000 contacts, one second on the test's clock

        day = LocalDate.of(2014, 1, 1);
        for (int request = 0; request < 3; request++) {
            for (int i = 0; i < 100; i++, day = day.plusDays(3)) {
                stored.add(day, "P-OLD", false);
            }
            stored.read = 0;
            warnings.scanArrivals();
            int read = stored.read;
            assertTrue(read <= 100, () -> "import request reads no more than it imported, read " + read);
        }

        stored.read = 0;
        warnings.scan();
        assertEquals(1_300, stored.read, "the scheduled scan rebuilds once from the whole history");
        stored.read = 0;
        warnings.scan();
        assertEquals(0, stored.read, "and the next scan reads nothing new");
    }

    @Test
    void anImportAfterAPauseGetsItsAlertsInTheAnswer() {
        stored.add(LocalDate.of(2026, 12, 1), "P-LIVE", false); // a live contact sets the watch's clock
        warnings.scan();
        stored.nanos += 1_000_000_000L; // a second later: ten times the last rebuild have passed
        // A product with one fire complaint a fortnight for a year, then twelve in one week.
        LocalDate day = LocalDate.of(2014, 1, 1);
        for (int i = 0; i < 26; i++, day = day.plusDays(14)) {
            stored.add(day, "P-OLD", true);
        }
        for (int i = 0; i < 12; i++) {
            stored.add(day.plusDays(i % 7), "P-OLD", true);
        }

        warnings.scanArrivals();
        assertTrue(
                written.signals.stream().anyMatch(s -> s.productCode().equals("P-OLD")),
                () -> "no alert for the imported rise: " + written.signals);
    }

    @Test
    void aDeferredRebuildRaisesTheImportedAlertAtTheScheduledScan() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 200; i++) {
            stored.add(day, "P-KNOWN", false);
        }
        warnings.scan();
        day = LocalDate.of(2014, 1, 1);
        for (int i = 0; i < 26; i++, day = day.plusDays(14)) {
            stored.add(day, "P-OLD", true);
        }
        for (int i = 0; i < 12; i++) {
            stored.add(day.plusDays(i % 7), "P-OLD", true);
        }
        warnings.scanArrivals();
        assertTrue(written.signals.isEmpty(), "right after a rebuild, the import request leaves it to the scan");

        warnings.scan();
        assertTrue(
                written.signals.stream().anyMatch(s -> s.productCode().equals("P-OLD")),
                () -> "no alert for the imported rise: " + written.signals);
    }

    @Test
    void contactsNewerThanTheClockAreCountedByTheImportRequestItself() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        stored.add(day, "P-NEW", true);
        warnings.scan();
        for (int i = 0; i < 26; i++) {
            day = day.plusDays(14);
            stored.add(day, "P-NEW", true);
        }
        for (int i = 0; i < 12; i++) {
            stored.add(day.plusDays(1 + i % 7), "P-NEW", true);
        }
        stored.read = 0;
        warnings.scanArrivals();
        assertEquals(38, stored.read);
        assertTrue(
                written.signals.stream().anyMatch(s -> s.productCode().equals("P-NEW")),
                () -> "no alert for the rise: " + written.signals);
    }

    /**
     * Issue 14 item 4: the growth run's import of 2,000 alike complaints wrote its growing alerts once per
     * complaint, each write a transaction that read the alert and its evidence and published an update (about
     * 8,000 transactions, most of the 281 s its scan took in-process). One scan now writes each alert once with
     * what it grew by, whatever the number of contacts that grew it; the evidence is the same.
     */
    @Test
    void aScanWritesEachGrowingAlertOnceWithEverythingItGrewBy() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 26; i++, day = day.plusDays(14)) {
            stored.add(day, "P-RISE", true);
        }
        warnings.scan();
        written.signals.clear();
        for (int i = 0; i < 400; i++) {
            stored.add(day.plusDays(i % 7), "P-RISE", true);
        }
        warnings.scanArrivals();

        long grown = written.signals.stream().filter(s -> !s.isNew()).count();
        long alerts = written.signals.stream()
                .map(s -> s.productCode() + " " + s.topic() + " " + s.windowStart())
                .distinct()
                .count();
        assertTrue(grown > 0, () -> "the rise should grow its alert: " + written.signals);
        assertTrue(
                written.signals.size() <= 2 * alerts + 2,
                () -> written.signals.size() + " writes for " + alerts + " alerts of 400 contacts");
        // Every contact that grew an alert is still its evidence.
        assertTrue(written.signals.stream()
                        .mapToInt(s -> s.contactIds().size())
                        .max()
                        .orElse(0)
                >= 100);
    }

    /** The writer, remembering every signal and raising none as new. */
    private static final class RecordedSignals extends AlertWriter {
        final List<SafetySignal> signals = new ArrayList<>();

        @Override
        public Optional<Change> apply(SafetySignal signal) {
            signals.add(signal);
            return Optional.empty();
        }
    }
}
