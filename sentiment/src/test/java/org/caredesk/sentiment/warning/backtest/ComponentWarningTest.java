package org.caredesk.sentiment.warning.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caredesk.sentiment.TextPipeline;
import org.caredesk.sentiment.warning.ObservedContact;
import org.caredesk.sentiment.watch.SafetyWatch;
import org.junit.jupiter.api.Test;

/**
 * The component of real complaints through the production watch: NHTSA's Kia complaints up to September
 * 2012 (read from {@code ../shared}, skipped when absent). The Sorento's engine complaints rose in summer
 * 2012 (the engine recall 13V356000 followed in August 2013): with the component the watch raises a
 * component alert for it; without the component field the same complaints raise no Sorento alert that summer.
 */
class ComponentWarningTest {

    private static final LocalDate UNTIL = LocalDate.of(2012, 9, 1);
    private static final LocalDate SUMMER = LocalDate.of(2012, 6, 1);

    @Test
    void theSorentosEngineComplaintsOf2012RaiseAComponentAlert() {
        Optional<NhtsaHistory> data = NhtsaHistory.find();
        assumeTrue(data.isPresent(), "../shared/data/nhtsa-kia is absent");
        NhtsaHistory history = data.get();
        NhtsaHistory upTo = new NhtsaHistory(
                history.complaints().stream()
                        .filter(c -> c.filed().isBefore(UNTIL))
                        .toList(),
                history.recalls());
        List<ObservedContact> contacts = RecallBenchmark.observe(upTo, TextPipeline.loadDefault());

        List<BacktestAlert> withComponents = sorentoSummer(contacts);
        assertEquals(1, withComponents.size(), withComponents::toString);
        assertEquals("term:component:engine", withComponents.get(0).topic());
        assertTrue(withComponents.get(0).why().startsWith("The component engine was named in "));

        List<ObservedContact> withoutComponents = contacts.stream()
                .map(c -> new ObservedContact(
                        c.contactId(),
                        c.receivedAt(),
                        c.productCode(),
                        c.consumerKey(),
                        c.negative(),
                        c.hazards(),
                        c.text(),
                        c.severe()))
                .toList();
        assertEquals(List.of(), sorentoSummer(withoutComponents));
    }

    private static List<BacktestAlert> sorentoSummer(List<ObservedContact> contacts) {
        return new WatchReplay()
                .replay(SafetyWatch.withDefaults(), contacts, n -> {}).stream()
                        .filter(a -> a.product().equals("SORENTO") && !a.day().isBefore(SUMMER))
                        .toList();
    }
}
