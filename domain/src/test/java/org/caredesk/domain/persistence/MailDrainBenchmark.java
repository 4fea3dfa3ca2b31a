package org.caredesk.domain.persistence;

import java.time.Duration;
import java.time.Instant;

/**
 * How fast a mailbox of waiting mails is drained: N distinct mails (default 10,000; {@code -Dmail.count})
 * are put in a real GreenMail IMAP mailbox, then read, parsed, tagged and landed as cases in an
 * in-memory H2 database, one transaction a mail, with their acknowledgements written to the outbox
 * (delivery, which the container does after commit on another thread, is not counted). Prints mails/s.
 */
public final class MailDrainBenchmark {
    private MailDrainBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("mail.count", 10_000);
        try (TestDatabase database = TestDatabase.h2();
                MailHarness mail = new MailHarness(database)) {
            mail.deliverAfterLanding = false;
            // Warm-up: the text pipeline's models and the JIT, not counted.
            for (int i = 0; i < 200; i++) {
                mail.arrive(MailChannelContract.plain(
                        "warm" + i + "@example.com",
                        null,
                        "<warm" + i + "@bench>",
                        "Warm-up " + i,
                        null,
                        "My kettle leaks water, model K-" + i + ". Please help."));
            }
            mail.drain();
            for (int i = 0; i < count; i++) {
                mail.arrive(MailChannelContract.plain(
                        "consumer" + (i % 997) + "@example.com",
                        "Consumer " + i,
                        "<m" + i + "@bench>",
                        "Problem number " + i,
                        null,
                        "Hello,\nmy toaster stopped working after " + (i % 30) + " days and smells of burning.\n"
                                + "Order " + i + ".\n\nOn Monday, Shop wrote:\n> Thank you for your order"));
            }
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            Instant start = Instant.now();
            var report = mail.drain();
            Duration took = Duration.between(start, Instant.now());
            double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            double perSecond = report.fetched() / (took.toMillis() / 1000.0);
            // The process CPU includes the in-process mail server and database: the whole cost of a mail.
            System.out.printf(
                    "Drained %d mails (%d landed, %d quarantined) in %.1f s: %.0f mails/s wall clock "
                            + "(goal >= 50); %.1f CPU-seconds in all, %.0f mails per CPU-second; load average %.1f on %d cores%n",
                    report.fetched(),
                    report.landed(),
                    report.quarantined(),
                    took.toMillis() / 1000.0,
                    perSecond,
                    cpuSeconds,
                    report.fetched() / cpuSeconds,
                    os.getSystemLoadAverage(),
                    os.getAvailableProcessors());
        }
    }
}
