package org.caredesk.kb.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caredesk.kb.casesearch.CaseFilter;
import org.caredesk.kb.casesearch.CaseIndex;
import org.caredesk.kb.casesearch.CaseMatches;
import org.caredesk.kb.casesearch.CaseQuery;
import org.caredesk.kb.casesearch.IndexedCase;

/**
 * Case search at scale: indexes {@code -Dcases=1000000} generated cases (one contact each, as imported
 * history is) on disk, then runs rotating queries (number, name, e-mail, phone, words, a typo, words with
 * filters, filters alone) and prints wall-clock and CPU percentiles per kind. Prints, never asserts: run by
 * hand, {@code ./mvnw -q -pl knowledge-base test-compile exec:exec@case-search-scale} (add
 * {@code -Dcase.index=DIR} to the exec arguments to reuse a built index).
 */
public final class CaseSearchScale {
    private static final String[] FIRST = {
        "Anna", "Marco", "Giulia", "Luca", "Sara", "John", "Emily", "Paul", "Laura", "Peter", "Chiara", "Davide",
        "Kate", "Tom", "Maria", "Paolo"
    };
    private static final String[] LAST = {
        "Rossi",
        "Bianchi",
        "Verdi",
        "Smith",
        "Jones",
        "Brown",
        "Ferrari",
        "Russo",
        "Colombo",
        "Taylor",
        "Wilson",
        "Esposito",
        "Romano",
        "Ricci",
        "Evans",
        "Moore"
    };
    private static final String[] PRODUCTS = {
        "KettlePro 2000",
        "ToastMaster",
        "AirFry X",
        "BlendIt",
        "Heater 300",
        "CoffeeOne",
        "IronSteam",
        "VacuBot",
        "HairDry Max",
        "Mixer Duo"
    };
    private static final String[] WORDS = ("battery charger cable switch plug socket smoke burning smell spark "
                    + "refund invoice delivery broken leak water handle lid display error button noise warranty "
                    + "replacement order parcel courier damaged cracked overheating melted fuse screen filter "
                    + "motor blade glass door hinge heating element timer thermostat manual instructions support "
                    + "store receipt payment charge twice account password login subscription cancel return "
                    + "label missing screw rattle vibration loud quiet cold hot steam pressure valve")
            .split(" ");
    private static final String[] CHANNELS = {"web", "email", "phone", "chat"};
    private static final String[] STATUSES = {"new", "open", "pending", "resolved", "closed"};
    private static final String[] SENTIMENTS = {"negative", "neutral", "positive"};

    private CaseSearchScale() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("cases", 1_000_000);
        // -Dcase.index=DIR reuses an index a previous run built (indexing a million cases takes minutes).
        String kept = System.getProperty("case.index");
        Path dir = kept == null ? Files.createTempDirectory("case-search-scale") : Path.of(kept);
        Random random = new Random(42);
        Instant start = Instant.parse("2023-01-01T00:00:00Z");
        long began = System.nanoTime();
        try (CaseIndex index = CaseIndex.open(dir)) {
            if (index.size() < count) {
                index.clear();
                List<IndexedCase> batch = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    batch.add(generated(i, random, start));
                    if (batch.size() == 5000) {
                        index.add(batch);
                        batch.clear();
                    }
                }
                index.add(batch);
                index.commit();
            }
            System.out.printf(
                    "Index of %,d cases ready in %,d s (%s)%n",
                    index.size(), (System.nanoTime() - began) / 1_000_000_000L, dir);
            run(index, count, random);
        }
    }

    private static IndexedCase generated(int i, Random random, Instant start) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 40; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        Instant created = start.plusSeconds(i * 90L);
        return new IndexedCase(
                "CD-" + (100_000 + i),
                WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)],
                STATUSES[random.nextInt(STATUSES.length)],
                CHANNELS[random.nextInt(CHANNELS.length)],
                random.nextInt(4) == 0 ? "it" : "en",
                PRODUCTS[random.nextInt(PRODUCTS.length)],
                first + " " + last,
                List.of((first + "." + last + i + "@example.com").toLowerCase(java.util.Locale.ROOT)),
                List.of(String.format("+39 02 %08d", i)),
                random.nextInt(3) == 0 ? null : "agent" + random.nextInt(20) + "@example.com",
                random.nextInt(10) == 0 ? List.of("hazard") : List.of(),
                SENTIMENTS[random.nextInt(SENTIMENTS.length)],
                random.nextInt(20) == 0,
                created,
                created.plusSeconds(3600),
                text.toString(),
                random.nextInt(2) == 0
                        ? ""
                        : "Called back, asked for a photo of the " + WORDS[random.nextInt(WORDS.length)]);
    }

    private record Kind(String name, java.util.function.IntFunction<CaseQuery> query) {}

    private static void run(CaseIndex index, int count, Random random) {
        CaseFilter open =
                new CaseFilter(Set.of("new", "open", "pending"), null, null, null, null, null, null, null, null);
        CaseFilter narrow = new CaseFilter(
                Set.of("open"),
                "email",
                null,
                "KettlePro 2000",
                null,
                Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-06-01T00:00:00Z"),
                "negative",
                null);
        List<Kind> kinds = List.of(
                new Kind("number", i -> new CaseQuery("CD-" + (100_000 + i % count), CaseFilter.NONE, 0, 50)),
                new Kind(
                        "name",
                        i -> new CaseQuery(
                                FIRST[i % FIRST.length] + " " + LAST[(i / 3) % LAST.length], CaseFilter.NONE, 0, 50)),
                new Kind(
                        "e-mail",
                        i -> new CaseQuery("anna.rossi" + (i % count) + "@example.com", CaseFilter.NONE, 0, 50)),
                new Kind("phone", i -> new CaseQuery(String.format("02 %08d", i % count), CaseFilter.NONE, 0, 50)),
                new Kind(
                        "two words",
                        i -> new CaseQuery(
                                WORDS[i % WORDS.length] + " " + WORDS[(i * 7 + 3) % WORDS.length],
                                CaseFilter.NONE,
                                0,
                                50)),
                new Kind("typo", i -> new CaseQuery(typo(WORDS[i % WORDS.length]), CaseFilter.NONE, 0, 50)),
                new Kind(
                        "words+filters",
                        i -> new CaseQuery(
                                WORDS[i % WORDS.length] + " " + WORDS[(i * 5 + 1) % WORDS.length], open, 0, 50)),
                new Kind("filters only", i -> new CaseQuery("", narrow, 0, 50)));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (Kind kind : kinds) {
            for (int i = 0; i < 50; i++) { // warm-up
                index.search(kind.query().apply(random.nextInt(count)));
            }
            int runs = 200;
            long[] wall = new long[runs];
            long[] cpuTimes = new long[runs];
            long hits = 0;
            for (int i = 0; i < runs; i++) {
                CaseQuery query = kind.query().apply(random.nextInt(count));
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                CaseMatches found = index.search(query);
                wall[i] = System.nanoTime() - t0;
                cpuTimes[i] = cpu.getCurrentThreadCpuTime() - c0;
                hits += found.total();
            }
            Arrays.sort(wall);
            Arrays.sort(cpuTimes);
            System.out.printf(
                    "%-14s wall p50 %6.2f ms  p99 %6.2f ms | cpu p50 %6.2f ms  p99 %6.2f ms | avg hits %,d%n",
                    kind.name(),
                    ms(wall[runs / 2]),
                    ms(wall[runs * 99 / 100]),
                    ms(cpuTimes[runs / 2]),
                    ms(cpuTimes[runs * 99 / 100]),
                    hits / runs);
        }
    }

    /** Swaps the third and fourth letters (a typo people make); a short word gets its last letter wrong. */
    private static String typo(String word) {
        char[] c = word.toCharArray();
        if (c.length < 5) {
            c[c.length - 1] = c[c.length - 1] == 'x' ? 'y' : 'x';
            return new String(c);
        }
        char t = c[2];
        c[2] = c[3];
        c[3] = t;
        return new String(c);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
