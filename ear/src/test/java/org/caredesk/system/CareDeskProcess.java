package org.caredesk.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@code java -jar caredesk.jar} child process: a free port, a fresh data folder under
 * {@code target/}, {@code CAREDESK_ANON_LIMIT=5}, mail to and from the tests' {@link Mailbox}; ready when it prints "CareDesk ready",
 * with {@code /health} polled all the while ({@link HealthPoller}). Its
 * output is copied to {@code target/caredesk-it.log}. Closed (process tree destroyed) by JUnit
 * at the end of the run because it lives in the root store.
 */
final class CareDeskProcess implements AutoCloseable {
    static final String READY = "CareDesk ready";
    static final int ANON_LIMIT = 5;
    private static final int TAIL_LINES = 50;

    private final Process process;
    private CareDesk app;
    private final Deque<String> tail = new ArrayDeque<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    private CareDeskProcess(Process process, URI base) {
        this.process = process;
        this.app = new CareDesk(base, CareDesk.NOT_PROBED);
    }

    CareDesk app() {
        return app;
    }

    static CareDeskProcess start(Path jar, Path workDir, Duration timeout) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: run 'mvn -DskipTests install' first");
        }
        try {
            Files.createDirectories(workDir);
            Path dataDir = Files.createTempDirectory(workDir, "caredesk-it-data-");
            int port = freePort();
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(
                            java, "-jar", jar.toAbsolutePath().toString())
                    .directory(workDir.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("CAREDESK_PORT", Integer.toString(port));
            builder.environment().put("CAREDESK_DATA_DIR", dataDir.toString());
            builder.environment().put("CAREDESK_ANON_LIMIT", Integer.toString(ANON_LIMIT));
            // The tests' own connections from 127.0.0.1 play a trusted TLS proxy (SecurityIT sends
            // X-Forwarded-Proto from there and from 127.0.0.2, which is not trusted).
            builder.environment().put("CAREDESK_TRUSTED_PROXIES", "127.0.0.1");
            // Test runs only: cheap password hashes (production hashes with 600,000 PBKDF2 iterations).
            builder.environment().put("CAREDESK_PASSWORD_ITERATIONS", "1000");
            // Mail goes to the tests' own SMTP server, where they read verification and reset links.
            builder.environment().put("CAREDESK_SMTP_HOST", "127.0.0.1");
            builder.environment()
                    .put("CAREDESK_SMTP_PORT", Integer.toString(Mailbox.shared().port()));
            // ... and reads the support mailbox there, so a test's mail becomes a case (IDLE, else every 2 s).
            builder.environment().put("CAREDESK_IMAP_URL", Mailbox.shared().imapUrl());
            builder.environment().put("CAREDESK_IMAP_POLL_SECONDS", "2");
            // A stray database setting of the developer's shell must not point the tests elsewhere.
            List.of("CAREDESK_DB_URL", "CAREDESK_DB_USER", "CAREDESK_DB_PASSWORD", "CAREDESK_CLUSTER")
                    .forEach(builder.environment()::remove);
            URI base = URI.create("http://localhost:" + port + "/");
            Process process = builder.start();
            try (HealthPoller probe = new HealthPoller(base.resolve("/health")).start()) {
                CareDeskProcess started = new CareDeskProcess(process, base);
                started.drainTo(workDir.resolve("caredesk-it.log"));
                started.awaitReady(timeout);
                started.app = new CareDesk(base, probe.answers());
                return started;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
    }

    private void drainTo(Path logFile) throws IOException {
        Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
        Thread drainer = new Thread(
                () -> {
                    try (log;
                            BufferedReader out = new BufferedReader(
                                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = out.readLine(); line != null; line = out.readLine()) {
                            log.write(line);
                            log.write(System.lineSeparator());
                            log.flush();
                            remember(line);
                            if (line.contains(READY)) {
                                ready.complete(null);
                            }
                        }
                    } catch (IOException e) {
                        remember("(reading the output failed: " + e + ")");
                    }
                    ready.completeExceptionally(new IllegalStateException("caredesk.jar stopped before it was ready"
                            + process.onExit()
                                    .thenApply(p -> " (exit code " + p.exitValue() + ")")
                                    .getNow("")));
                },
                "caredesk-it-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    private void awaitReady(Duration timeout) {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close();
            throw new IllegalStateException(
                    "CareDesk was not ready within " + timeout.toSeconds() + " s; last lines:\n" + lastLines());
        } catch (ExecutionException e) {
            close();
            throw new IllegalStateException(e.getCause().getMessage() + "; last lines:\n" + lastLines());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while waiting for CareDesk", e);
        }
    }

    private void remember(String line) {
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(line);
        }
    }

    private String lastLines() {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }

    /** Stops the app and anything it started: politely first, then forcibly. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
