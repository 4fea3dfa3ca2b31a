package org.caredesk.domain.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * What an HTTP Basic request costs its server to check the password: a PBKDF2 check at the production
 * 600,000 iterations, against a recall from {@link VerifiedCredentials}. A benchmark, run by hand (docs/benchmarks.md).
 */
public final class CredentialCheckBenchmark {
    private CredentialCheckBenchmark() {}

    public static void main(String[] args) {
        PasswordHashing hashing = new PasswordHashing(PasswordHashing.PRODUCTION_ITERATIONS);
        String stored = hashing.hash("alice-demo".toCharArray());
        for (int i = 0; i < 2; i++) hashing.verify("alice-demo".toCharArray(), stored); // warm-up
        int n = 10;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) hashing.verify("alice-demo".toCharArray(), stored);
        double pbkdf2Ms = (System.nanoTime() - t0) / 1e6 / n;
        VerifiedCredentials cache = new VerifiedCredentials(Clock.systemUTC(), Duration.ofSeconds(60), 10_000);
        cache.remember(
                "alice@example.com",
                "alice-demo".toCharArray(),
                new VerifiedCredentials.Verified("alice@example.com", Set.of("customer"), 0));
        for (int i = 0; i < 20_000; i++) cache.recall("alice@example.com", "alice-demo".toCharArray());
        int m = 100_000;
        long t1 = System.nanoTime();
        for (int i = 0; i < m; i++) cache.recall("alice@example.com", "alice-demo".toCharArray());
        double recallUs = (System.nanoTime() - t1) / 1e3 / m;
        System.out.printf(
                "PBKDF2 600,000 iterations: %.1f ms per check; cache recall: %.2f us per check%n", pbkdf2Ms, recallUs);
    }
}
