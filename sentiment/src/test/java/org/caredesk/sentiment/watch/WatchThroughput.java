package org.caredesk.sentiment.watch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.caredesk.sentiment.hazard.HazardCategory;
import org.caredesk.sentiment.warning.ObservedContact;

/**
 * What the watch costs per contact on a generated history (200 products over two years, 20-word texts
 * from a 3,000-word vocabulary, a fifth with a hazard), at 10,000 and 1,000,000 contacts: the
 * scan's cost after start-up is this per new contact, and a rebuild is this times the history. CPU
 * time is printed beside wall time because the machine is shared.
 *
 * <p>{@code ./mvnw -q -pl sentiment test-compile exec:exec@watch-throughput}
 */
public final class WatchThroughput {

    public static void main(String[] args) {
        for (int size : new int[] {10_000, 1_000_000}) {
            List<ObservedContact> contacts = generate(size, 20261206L);
            SafetyWatch watch = SafetyWatch.withDefaults();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            int signals = 0;
            for (ObservedContact contact : contacts) {
                signals += watch.accept(contact).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            Runtime runtime = Runtime.getRuntime();
            System.gc(); // what the watch keeps, not the garbage of the run
            System.out.printf(
                    Locale.ROOT,
                    "%,d contacts: %.1f s wall, %.1f s CPU, %,.0f contacts per CPU-second, "
                            + "%d signals, heap retained %d MB%n",
                    size,
                    seconds,
                    cpuSeconds,
                    size / cpuSeconds,
                    signals,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    static List<ObservedContact> generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] vocabulary = new String[3000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + Integer.toString(i, 36) + "x";
        }
        HazardCategory[] categories = HazardCategory.values();
        long days = 730;
        Instant origin = Instant.parse("2024-01-01T00:00:00Z");
        List<ObservedContact> contacts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long second = (long) ((double) i / size * days * 86_400);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 20; w++) {
                // Zipf-like: a few words are common, most rare.
                int index = (int) Math.min(
                        vocabulary.length - 1, Math.floor(Math.pow(random.nextDouble(), 3) * vocabulary.length));
                text.append(vocabulary[index]).append(' ');
            }
            List<HazardCategory> hazards =
                    random.nextInt(5) == 0 ? List.of(categories[random.nextInt(categories.length)]) : List.of();
            contacts.add(new ObservedContact(
                    "c" + i,
                    origin.plusSeconds(second),
                    "P" + random.nextInt(200),
                    "consumer" + random.nextInt(size),
                    random.nextInt(10) < 7,
                    hazards,
                    text.toString(),
                    random.nextInt(50) == 0));
        }
        return contacts;
    }
}
