package org.caredesk.domain.persistence;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.alert.AlertWriter;
import org.caredesk.domain.alert.EarlyWarnings;
import org.caredesk.domain.alert.WarningInputs;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.contact.importing.ContactImport;
import org.caredesk.domain.contact.importing.ImportBatchWriter;
import org.caredesk.domain.contact.importing.ImportLine;
import org.caredesk.domain.contact.importing.ImportReport;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.product.ProductCatalogue;
import org.caredesk.sentiment.warning.SafetySignal;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 14 item 4, in-process on a generated history in PostgreSQL: the production import service
 * ({@link ContactImport}: parsing, tagging, storing in batches) and the early-warning scan ({@link EarlyWarnings}:
 * its start-up rebuild, a scheduled scan with nothing new, the scan of what an import stored), each in its own
 * transactions as the container runs them. Imports {@code -Dimport.lines} (2,000) lines twice: alike complaints
 * (GrowthBenchmarkIT's, one product by mention, minutes old) and varied ones (texts of the kinds the demo holds,
 * several products). Prints, never asserts; the database keeps the imported contacts.
 *
 * <p>With {@code java} on the test class path (see {@code docs/benchmarks.md}): {@code exec:java}'s class loader
 * trips EclipseLink on the contacts' embedded tags.
 *
 * <pre>java -cp domain/target/test-classes:domain/target/classes:CLASSPATH -Dimport.rounds=3
 *     -Dcaredesk.test.pg.url=jdbc:postgresql://127.0.0.1:5432/DB org.caredesk.domain.persistence.ImportThroughputBenchmark</pre>
 */
public final class ImportThroughputBenchmark {
    private static final String[] VARIED = {
        "My kettle KT-200 stopped heating after a week, please help.",
        "The charger of my power bank got very hot and smelled of smoke.",
        "Refund please, the airfryer arrived broken and the handle cut my hand.",
        "Great service, thank you for the quick replacement of my headphones.",
        "The heater sparked and there was a burning smell in the living room.",
        "Where is my parcel? It has been two weeks and nobody answers.",
        "The blender's lid shattered while running, glass everywhere.",
        "Il bollitore perde acqua e la base si è bruciata."
    };

    /** The benchmark stores and scans on its one thread (no server threads): its CPU time is the work, load or not. */
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private ImportThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getProperty("caredesk.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test"));
        dataSource.setUser(System.getProperty("caredesk.test.pg.user", "postgres"));
        org.caredesk.domain.platform.SchemaMigrator.migrate(dataSource);
        int lines = Integer.getInteger("import.lines", 2_000);
        try (JpaHarness jpa = new JpaHarness(dataSource)) {
            var em = jpa.entityManager();
            long contacts = jpa.inTransaction(e -> ((Number)
                            e.createNativeQuery("SELECT COUNT(*) FROM contact").getSingleResult())
                    .longValue());
            System.out.printf("%,d contacts stored; load average %s%n", contacts, load());
            ProductCatalogue catalogue = new ProductCatalogue(em);
            ContactTagger tagger = new ContactTagger();
            tagger.warmUp(jpa.inTransaction(e -> catalogue.references()));
            ContactImport importer = new ContactImport(new Batches(jpa, catalogue, tagger), catalogue, tagger);
            CountingWriter writer = new CountingWriter(jpa);
            EarlyWarnings warnings = new EarlyWarnings(new Inputs(jpa), writer);

            boolean scans = !"false".equals(System.getProperty("import.scan"));
            long began = System.nanoTime();
            if (scans) {
                warnings.scan();
            }
            System.out.printf("scan after a start (rebuild from the history): %,d ms%n", ms(began));
            List<Double> idle = new ArrayList<>();
            for (int i = 0; i < (scans ? 10 : 0); i++) {
                long t = System.nanoTime();
                warnings.scan();
                idle.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(idle);
            if (scans)
                System.out.printf(
                        "scheduled scan, nothing new: median %.1f ms, max %.1f ms (10 runs)%n",
                        idle.get(5), idle.get(9));

            List<String> kinds = new ArrayList<>();
            for (int round = 0; round < Integer.getInteger("import.rounds", 1); round++) {
                kinds.addAll(List.of("alike", "varied"));
            }
            for (String kind : kinds) {
                String body = body(kind, lines);
                long t0 = System.nanoTime();
                long cpu0 = CPU.getCurrentThreadCpuTime();
                ImportReport report = importer.importLines(new BufferedReader(new StringReader(body)));
                long stored = System.nanoTime();
                long cpuStored = CPU.getCurrentThreadCpuTime();
                int signalsBefore = writer.signals;
                if (scans) {
                    warnings.scanArrivals();
                }
                long scanned = System.nanoTime();
                long cpuScanned = CPU.getCurrentThreadCpuTime();
                double total = (scanned - t0) / 1e9;
                System.out.printf(
                        "import of %,d %s lines: %d imported, %d rejected; store %.0f ms, scan %.0f ms (%d signals"
                                + " written), %.0f lines/s end to end; CPU store %.0f ms, scan %.0f ms, %.0f lines/CPU-s;"
                                + " load %s%n",
                        lines,
                        kind,
                        report.imported(),
                        report.rejected(),
                        (stored - t0) / 1e6,
                        (scanned - stored) / 1e6,
                        writer.signals - signalsBefore,
                        lines / total,
                        (cpuStored - cpu0) / 1e6,
                        (cpuScanned - cpuStored) / 1e6,
                        lines / ((cpuScanned - cpu0) / 1e9),
                        load());
            }
        }
    }

    private static String body(String kind, int lines) {
        StringBuilder body = new StringBuilder(lines * 200);
        Instant at = Instant.now().minus(Duration.ofMinutes(5));
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < lines; i++) {
            String text = kind.equals("alike")
                    ? "The charger of my power bank got very hot and smelled of smoke (import " + run + "-" + i + ")"
                    : VARIED[i % VARIED.length] + " (" + run + "-" + i + ")";
            body.append("{\"receivedAt\":\"")
                    .append(at.plusMillis(i))
                    .append("\",\"channel\":\"web\",\"text\":\"")
                    .append(text)
                    .append("\",\"email\":\"bench")
                    .append(i % 300)
                    .append("@example.com\",\"externalId\":\"bench-")
                    .append(kind)
                    .append('-')
                    .append(run)
                    .append('-')
                    .append(i)
                    .append("\"}\n");
        }
        return body.toString();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .substring(0, 14);
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** One transaction per batch, as the container's @Transactional gives it. */
    private static final class Batches extends ImportBatchWriter {
        private final JpaHarness jpa;

        Batches(JpaHarness jpa, ProductCatalogue catalogue, ContactTagger tagger) {
            super(jpa.entityManager(), catalogue, tagger);
            this.jpa = jpa;
        }

        @Override
        public BatchResult write(List<ImportLine> lines) {
            return jpa.inTransaction(e -> super.write(lines));
        }
    }

    private static final class Inputs extends WarningInputs {
        private final JpaHarness jpa;

        Inputs(JpaHarness jpa) {
            super(jpa.entityManager());
            this.jpa = jpa;
        }

        /** Read only, and rolled back: committing the batch-read tags trips EclipseLink outside a container. */
        @Override
        public Page negativeContacts(long afterId, long upToId, int limit) {
            var transaction = jpa.entityManager().getTransaction();
            transaction.begin();
            try {
                return super.negativeContacts(afterId, upToId, limit);
            } finally {
                transaction.rollback();
                jpa.entityManager().clear();
            }
        }

        @Override
        public long lastContactId() {
            return jpa.inTransaction(e -> super.lastContactId());
        }

        @Override
        public List<org.caredesk.domain.alert.Alert> dismissed() {
            return jpa.inTransaction(e -> super.dismissed());
        }
    }

    private static final class CountingWriter extends AlertWriter {
        private final JpaHarness jpa;
        int signals;

        CountingWriter(JpaHarness jpa) {
            super(jpa.entityManager(), new FeedPublisher(jpa.entityManager(), Clock.systemUTC()));
            this.jpa = jpa;
        }

        @Override
        public Optional<Change> apply(SafetySignal signal) {
            signals++;
            return jpa.inTransaction(e -> super.apply(signal));
        }
    }
}
