package org.caredesk.sentiment.warning.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.warning.TaggedContact;

/**
 * A seeded synthetic stream of tagged contacts with planted spikes, to measure the detector.
 *
 * <p>Each product complains about {@code hazardsPerProduct} hazard categories; each product and
 * hazard has a background rate drawn log-uniformly in [rateMin, rateMax]. Every day, the number of
 * new complaining consumers is Poisson with that rate, or with rate &times; multiplier on the days of
 * a planted spike. On top, a {@code repeatShare} of messages are repeats from a consumer who
 * complained about the same product and hazard in the last three days (they must count once), and
 * {@code positiveShare} more contacts are non-negative (they must not count). Times are uniform
 * within the day (UTC) and each day is replayed in time order. Same settings, same stream.
 */
public final class SpikeStreamGenerator {

    private static final HazardCategory[] HAZARDS = HazardCategory.values();
    private static final int SECONDS_PER_DAY = 86_400;

    private final StreamSettings settings;
    private final List<Line> lines = new ArrayList<>();
    private final List<PlantedSpike> spikes = new ArrayList<>();

    public SpikeStreamGenerator(StreamSettings settings) {
        this.settings = settings;
        Random random = new Random(settings.seed());
        for (int p = 0; p < settings.products(); p++) {
            String product = String.format("P%04d", p + 1);
            List<HazardCategory> hazards = new ArrayList<>(Arrays.asList(HAZARDS));
            Collections.shuffle(hazards, random);
            List<Line> productLines = new ArrayList<>();
            for (int h = 0; h < settings.hazardsPerProduct(); h++) {
                double logMin = Math.log(settings.rateMin());
                double rate = Math.exp(logMin + random.nextDouble() * (Math.log(settings.rateMax()) - logMin));
                productLines.add(
                        new Line(product, hazards.get(h), rate, new double[settings.days()], random.nextLong()));
            }
            plantSpikes(productLines, random);
            lines.addAll(productLines);
        }
    }

    private void plantSpikes(List<Line> productLines, Random random) {
        int lastEnd = settings.warmUpDays() - settings.spikeGapDays();
        int room = settings.days() - settings.spikeDays();
        for (int s = 0; s < settings.spikesPerProduct(); s++) {
            int earliest = Math.max(settings.warmUpDays(), lastEnd + settings.spikeGapDays());
            if (earliest > room) {
                return;
            }
            // Spread the spikes: each one somewhere in its share of the remaining days.
            int latest = earliest + (room - earliest) / (settings.spikesPerProduct() - s);
            int start = earliest + random.nextInt(latest - earliest + 1);
            Line line = productLines.get(random.nextInt(productLines.size()));
            double multiplier = settings.multiplierMin()
                    + random.nextDouble() * (settings.multiplierMax() - settings.multiplierMin());
            for (int d = start; d < start + settings.spikeDays(); d++) {
                line.multiplier()[d] = multiplier;
            }
            spikes.add(new PlantedSpike(
                    line.product(),
                    line.hazard(),
                    day(start),
                    day(start + settings.spikeDays() - 1),
                    line.rate(),
                    multiplier));
            lastEnd = start + settings.spikeDays();
        }
    }

    public List<PlantedSpike> spikes() {
        return List.copyOf(spikes);
    }

    public long productDays() {
        return (long) settings.products() * settings.days();
    }

    /** Feeds every contact of the stream to {@code sink}, day by day, in receivedAt order. */
    public void replay(Consumer<TaggedContact> sink) {
        List<Random> randoms = lines.stream().map(l -> new Random(l.seed())).toList();
        List<List<Recent>> recent =
                lines.stream().map(l -> (List<Recent>) new ArrayList<Recent>()).toList();
        long consumerCounter = 0;
        long contactCounter = 0;
        for (int d = 0; d < settings.days(); d++) {
            LocalDate date = day(d);
            long dayStart = date.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            List<TaggedContact> today = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                Random random = randoms.get(i);
                List<Recent> lastDays = recent.get(i);
                int today0 = d;
                lastDays.removeIf(entry -> entry.day() < today0 - 2);
                double mean = line.rate() * (line.multiplier()[d] == 0 ? 1 : line.multiplier()[d]);
                int consumers = poisson(mean, random);
                List<String> todays = new ArrayList<>();
                for (int c = 0; c < consumers; c++) {
                    String consumer = "consumer-" + (++consumerCounter);
                    todays.add(consumer);
                    lastDays.add(new Recent(consumer, d));
                }
                // Repeats: share r of all messages, so r / (1 - r) per new consumer.
                int repeats = poisson(consumers * settings.repeatShare() / (1 - settings.repeatShare()), random);
                for (int r = 0; r < repeats && !lastDays.isEmpty(); r++) {
                    todays.add(lastDays.get(random.nextInt(lastDays.size())).consumer());
                }
                for (String consumer : todays) {
                    today.add(contact(++contactCounter, dayStart, random, line, consumer, true));
                }
                int positives = poisson(consumers * settings.positiveShare(), random);
                for (int k = 0; k < positives; k++) {
                    today.add(contact(
                            ++contactCounter, dayStart, random, line, "consumer-" + (++consumerCounter), false));
                }
            }
            today.sort(Comparator.comparing(TaggedContact::receivedAt).thenComparing(TaggedContact::contactId));
            today.forEach(sink);
        }
    }

    private static TaggedContact contact(
            long id, long dayStart, Random random, Line line, String consumer, boolean negative) {
        Instant at = Instant.ofEpochSecond(dayStart + random.nextInt(SECONDS_PER_DAY));
        return new TaggedContact("c" + id, at, line.product(), line.hazard(), consumer, negative);
    }

    private LocalDate day(int index) {
        return settings.startDay().plusDays(index);
    }

    /** Poisson sample: Knuth's product of uniforms, in chunks so that large means do not underflow. */
    static int poisson(double mean, Random random) {
        int count = 0;
        double remaining = mean;
        while (remaining > 0) {
            double chunk = Math.min(remaining, 30);
            remaining -= chunk;
            double limit = Math.exp(-chunk);
            double product = random.nextDouble();
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
        }
        return count;
    }

    private record Recent(String consumer, int day) {}

    /** One product and hazard: its background rate and, per day, the spike multiplier (0 = none). */
    private record Line(String product, HazardCategory hazard, double rate, double[] multiplier, long seed) {}
}
