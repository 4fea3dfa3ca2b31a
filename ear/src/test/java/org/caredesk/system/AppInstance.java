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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@code caredesk.jar} process that a fault test owns: its data folder, port and environment are
 * the test's, so it can be killed ({@code kill -9}), stopped with SIGTERM and started again on the
 * same data. Output goes to {@code target/<name>.log} (appended across restarts).
 */
final class AppInstance implements AutoCloseable {
    private static final int TAIL_LINES = 60;

    private final String name;
    private final Path dataDir;
    private final int port;
    private final Map<String, String> env;
    private Process process;
    private final Deque<String> tail = new ArrayDeque<>();
    private CompletableFuture<Long> ready = new CompletableFuture<>();
    private long startedAt;

    AppInstance(String name, Path dataDir, int port, Map<String, String> env) {
        this.name = name;
        this.dataDir = dataDir;
        this.port = port;
        this.env = new HashMap<>(env);
    }

    /** A new instance on a fresh data folder and a fresh log under the test directory, on a free loopback port. */
    static AppInstance fresh(String name, Map<String, String> env) {
        return fresh(name, env, freePort());
    }

    /** As {@link #fresh(String, Map)} on a given port (a shared machine hands each user a range of its own). */
    static AppInstance fresh(String name, Map<String, String> env, int port) {
        try {
            Files.createDirectories(workDir());
            // A fresh instance starts a fresh log: tests count lines in it, and a previous run's must not count.
            Files.deleteIfExists(workDir().resolve(name + ".log"));
            return new AppInstance(name, Files.createTempDirectory(workDir(), name + "-data-"), port, env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path workDir() {
        return Path.of(System.getProperty("caredesk.it.dir", "target"));
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("caredesk.jar", "target/caredesk.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: run 'mvn -DskipTests install' first");
        }
        return jar;
    }

    CareDesk app() {
        return new CareDesk(URI.create("http://localhost:" + port + "/"));
    }

    Path dataDir() {
        return dataDir;
    }

    int port() {
        return port;
    }

    Path log() {
        return workDir().resolve(name + ".log");
    }

    /** Starts the process and returns at once; {@link #awaitReady} waits for "CareDesk ready". */
    AppInstance launch() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java, "-jar", jar().toAbsolutePath().toString())
                .directory(workDir().toFile())
                .redirectErrorStream(true);
        List.of("CAREDESK_DB_URL", "CAREDESK_DB_USER", "CAREDESK_DB_PASSWORD", "CAREDESK_CLUSTER", "CAREDESK_DEMO")
                .forEach(builder.environment()::remove);
        builder.environment().put("CAREDESK_PORT", Integer.toString(port));
        builder.environment().put("CAREDESK_DATA_DIR", dataDir.toString());
        // On a machine shared with other builds a start may take minutes; the test's own timeout decides.
        builder.environment().put("CAREDESK_STARTUP_TIMEOUT", Long.toString(Faults.START.toSeconds()));
        builder.environment().putAll(env);
        ready = new CompletableFuture<>();
        startedAt = System.nanoTime();
        try {
            process = builder.start();
            drain();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        return this;
    }

    /** Seconds from launch to "CareDesk ready"; fails with the last lines of output if it does not come. */
    double awaitReady(Duration timeout) {
        try {
            return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS) / 1e9;
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    name + " was not ready within " + timeout.toSeconds() + " s; last lines:\n" + lastLines());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage() + "; last lines:\n" + lastLines());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    AppInstance start(Duration timeout) {
        launch();
        awaitReady(timeout);
        return this;
    }

    /** {@code kill -9}: the JVM gets no chance to flush, close or say goodbye. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as an orchestrator stops an instance. */
    void terminate() {
        process.destroy();
    }

    /** The exit code, or fails if the process is still running after {@code timeout}. */
    int awaitExit(Duration timeout) {
        try {
            return process.onExit()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .exitValue();
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " still runs " + timeout.toSeconds() + " s later");
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String lastLines() {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }

    private void drain() throws IOException {
        Writer log = Files.newBufferedWriter(
                log(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process watched = process;
        CompletableFuture<Long> whenReady = ready;
        Thread drainer = new Thread(
                () -> {
                    try (log;
                            BufferedReader out = new BufferedReader(
                                    new InputStreamReader(watched.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = out.readLine(); line != null; line = out.readLine()) {
                            log.write(line);
                            log.write(System.lineSeparator());
                            log.flush();
                            remember(line);
                            if (line.contains(CareDeskProcess.READY)) {
                                whenReady.complete(System.nanoTime() - startedAt);
                            }
                        }
                    } catch (IOException e) {
                        remember("(reading the output failed: " + e + ")");
                    }
                    whenReady.completeExceptionally(new IllegalStateException(name + " stopped before it was ready"));
                },
                name + "-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    private void remember(String line) {
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(line);
        }
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(40, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
