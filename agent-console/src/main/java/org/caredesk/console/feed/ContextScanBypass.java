package org.caredesk.console.feed;

/**
 * Runs a WebSocket send with a thread context class loader that holds no service files.
 *
 * <p>Why: on Payara Micro 6.2025.10 every send restarts the session's idle timer, which schedules a
 * task on the server's managed executor, which captures the thread context, which looks up thread
 * context providers with {@code ServiceLoader} through the context class loader: with the web
 * application's loader that is a resource search through every jar of the application, per frame.
 * A JFR profile of 200 consoles at 50 events a second put 68% of the feed thread's time there. The
 * idle-timer task never needs the application's context (it is cancelled by the next send, and
 * would only close an idle session), so the send runs with a loader whose search is cheap.
 */
final class ContextScanBypass {
    /** Only the JDK's own classes and resources: no application jar to search. */
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    private ContextScanBypass() {}

    static void run(Runnable send) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PLATFORM);
        try {
            send.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
