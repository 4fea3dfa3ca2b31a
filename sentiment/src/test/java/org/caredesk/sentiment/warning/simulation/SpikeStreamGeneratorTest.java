package org.caredesk.sentiment.warning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caredesk.sentiment.warning.TaggedContact;
import org.junit.jupiter.api.Test;

class SpikeStreamGeneratorTest {

    private static StreamSettings small(long seed) {
        return new StreamSettings(seed, 5, 90, LocalDate.of(2025, 1, 1), 2, 2.0, 4.0, 1, 3.0, 3.0, 5, 35, 60, 0.2, 0.5);
    }

    private static List<TaggedContact> stream(StreamSettings settings) {
        List<TaggedContact> contacts = new ArrayList<>();
        new SpikeStreamGenerator(settings).replay(contacts::add);
        return contacts;
    }

    @Test
    void sameSeedSameStreamOtherSeedOtherStream() {
        assertEquals(stream(small(7)), stream(small(7)));
        assertEquals(new SpikeStreamGenerator(small(7)).spikes(), new SpikeStreamGenerator(small(7)).spikes());
        assertTrue(!stream(small(7)).equals(stream(small(8))));
    }

    @Test
    void streamIsInTimeOrderAndSpikesAreWhereThePlanSays() {
        List<TaggedContact> contacts = stream(small(3));
        for (int i = 1; i < contacts.size(); i++) {
            assertTrue(
                    !contacts.get(i).receivedAt().isBefore(contacts.get(i - 1).receivedAt()));
        }
        List<PlantedSpike> spikes = new SpikeStreamGenerator(small(3)).spikes();
        assertEquals(5, spikes.size());
        for (PlantedSpike spike : spikes) {
            assertTrue(!spike.firstDay().isBefore(LocalDate.of(2025, 1, 1).plusDays(35)));
            assertEquals(4, spike.lastDay().toEpochDay() - spike.firstDay().toEpochDay());
        }
    }

    @Test
    void poissonSamplesHaveTheRightMean() {
        Random random = new Random(1);
        long sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += SpikeStreamGenerator.poisson(45.0, random);
        }
        assertEquals(45.0, sum / 20_000.0, 0.3);
    }

    @Test
    void detectorFindsThePlantedSpikesOfASmallStream() {
        StreamSettings settings = new StreamSettings(
                11, 10, 120, LocalDate.of(2025, 1, 1), 1, 6.0, 8.0, 1, 4.0, 4.0, 5, 35, 60, 0.2, 0.5);
        DetectorBenchmark.Outcome outcome =
                DetectorBenchmark.run(settings, org.caredesk.sentiment.warning.DetectorSettings.defaults());
        assertEquals(10, outcome.spikes());
        assertEquals(0, outcome.missed());
        assertTrue(outcome.maxDelay() <= 3, () -> "max delay " + outcome.maxDelay());
    }
}
