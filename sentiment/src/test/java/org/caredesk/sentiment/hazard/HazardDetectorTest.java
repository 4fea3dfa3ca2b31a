package org.caredesk.sentiment.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caredesk.sentiment.language.TextLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HazardDetectorTest {

    private final HazardDetector detector = new HazardDetector();

    private Set<HazardCategory> categories(String text, TextLanguage language) {
        return detector.detect(text, language).stream()
                .map(HazardSignal::category)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The toaster caught fire on the counter.|FIRE",
                "Sparks came out of the plug and it melted.|FIRE",
                "There was black smoke coming from the back.|FIRE",
                "I touched the kettle and it gave me a shock.|ELECTRIC_SHOCK",
                "My son got an electric shock from the charger.|ELECTRIC_SHOCK",
                "The blade cut my finger and it was bleeding badly.|INJURY",
                "She ended up in hospital with a deep cut.|INJURY",
                "My toddler was choking on a small part that came off.|CHOKING",
                "He had an allergic reaction, the bar contained undeclared peanuts.|ALLERGY_CONTAMINATION",
                "There was mould inside the bottle.|ALLERGY_CONTAMINATION",
                "I found a piece of glass in my yoghurt.|ALLERGY_CONTAMINATION",
                "The laptop overheats after ten minutes.|OVERHEATING",
                "The battery is swollen and the case is bulging.|OVERHEATING",
                "The power bank exploded in my bag.|OVERHEATING",
                "The brakes failed on the motorway.|VEHICLE_FAILURE",
                "The airbag did not deploy in the crash.|VEHICLE_FAILURE",
                "I lost steering at 50 mph.|VEHICLE_FAILURE",
                "The car lunged forward and I lost control.|VEHICLE_FAILURE",
                "The transmission slipped and the brakes would not stop the car.|VEHICLE_FAILURE"
            })
    void findsEnglishHazards(String text, HazardCategory expected) {
        assertTrue(
                categories(text, TextLanguage.EN).contains(expected),
                () -> text + " -> " + detector.detect(text, TextLanguage.EN));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Il bollitore ha preso fuoco in cucina.|FIRE",
                "Usciva fumo dalla presa.|FIRE",
                "Toccando il ferro ho preso la scossa.|ELECTRIC_SHOCK",
                "Mi sono tagliato con la lama, c'era sangue ovunque.|INJURY",
                "Il bambino ha rischiato di soffocare con un pezzo staccato.|CHOKING",
                "Ho trovato della muffa nel barattolo.|ALLERGY_CONTAMINATION",
                "Il telefono si surriscalda e la batteria si è gonfiata.|OVERHEATING",
                "I freni non funzionano più, è pericoloso.|VEHICLE_FAILURE"
            })
    void findsItalianHazards(String text, HazardCategory expected) {
        assertTrue(
                categories(text, TextLanguage.IT).contains(expected),
                () -> text + " -> " + detector.detect(text, TextLanguage.IT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "No smoke, no sparks, it just stopped working.",
                "It did not catch fire but it smells odd.",
                "The battery never overheats.",
                "The brakes did not fail, the noise is from the wheel.",
                "There was no mould and nothing in the bottle.",
                "I did not get any shock from it.",
                "The kettle is slow and the lid is loose."
            })
    void ignoresNegatedOrAbsentHazardsInEnglish(String text) {
        assertEquals(List.of(), detector.detect(text, TextLanguage.EN));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nessun fumo, nessuna scintilla.",
                "Non ha preso fuoco, per fortuna.",
                "Non si surriscalda mai.",
                "Il bollitore è lento ma funziona."
            })
    void ignoresNegatedOrAbsentHazardsInItalian(String text) {
        assertEquals(List.of(), detector.detect(text, TextLanguage.IT));
    }

    @Test
    void negationDoesNotReachAcrossAClause() {
        assertEquals(Set.of(HazardCategory.FIRE), categories("No, I'm not joking, it caught fire.", TextLanguage.EN));
        assertEquals(Set.of(HazardCategory.FIRE), categories("I can't believe it caught fire.", TextLanguage.EN));
    }

    @Test
    void evidenceIsTheMatchedWords() {
        List<HazardSignal> signals =
                detector.detect("It CAUGHT FIRE and sparks flew, then more sparks.", TextLanguage.EN);
        assertEquals(1, signals.size());
        assertEquals(List.of("caught fire", "sparks"), signals.get(0).evidence());
    }

    @Test
    void otherLanguagesGetNoHazards() {
        assertTrue(
                detector.detect("caught fire, fumo, scossa", TextLanguage.OTHER).isEmpty());
    }

    @Test
    void figurativeWordsAreNotHazards() {
        assertTrue(detector.detect("I was shocked by the price and your service is rotten.", TextLanguage.EN)
                .isEmpty());
    }

    /** Hand labels of real vehicle complaints (issue 14) found these tagged wrongly. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "While driving the sunroof exploded, glass everywhere.|OVERHEATING",
                "While driving the sunroof exploded, glass everywhere.|INJURY",
                "The rear window had exploded into a million pieces.|OVERHEATING",
                "The stud bolt fractured and the seat jerked forward.|INJURY",
                "The airbag warning light stays on.|VEHICLE_FAILURE"
            })
    void realVehicleNarrativesThatAreNotThatHazard(String text, HazardCategory wrong) {
        assertFalse(
                categories(text, TextLanguage.EN).contains(wrong),
                () -> text + " -> " + detector.detect(text, TextLanguage.EN));
    }
}
