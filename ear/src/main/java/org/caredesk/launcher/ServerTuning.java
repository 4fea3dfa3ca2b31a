package org.caredesk.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Server settings CareDesk needs that Payara Micro's defaults do not give, as asadmin commands run
 * before boot and after the applications are deployed:
 * <ul>
 *   <li>a search query may be any text, so a request line may be far longer than the default 8 KB
 *       header buffer allows;</li>
 *   <li>the HTTP port opens only once both applications are deployed: Payara Micro opened it before
 *       deploying them, and meanwhile answered 404 to every path (a customer tracking a case read
 *       "no such case"). Closed is what a starting instance should look like to a load balancer;</li>
 *   <li>the default scheduled executor gets a few threads (see {@link #SCHEDULER_THREADS});</li>
 *   <li>deployment descriptors are read without validating them against their schemas.</li>
 * </ul>
 */
final class ServerTuning {
    /**
     * Payara's default scheduled executor has a core pool of 0, which a ScheduledThreadPoolExecutor
     * turns into one thread for every scheduled task: a long early-warning scan (or one waiting on an
     * unreachable database) then held back the console feed's release and liveness checks.
     */
    static final int SCHEDULER_THREADS = 4;

    static final String HTTP_LISTENER =
            "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled";
    static final List<String> BEFORE_BOOT = List.of(
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.header-buffer-length-bytes=131072",
            "set " + HTTP_LISTENER + "=false",
            "set resources.managed-scheduled-executor-service.concurrent/__defaultManagedScheduledExecutorService"
                    + ".core-pool-size=" + SCHEDULER_THREADS,
            // The descriptors are the build's own, tested with it: validating them against their schemas on
            // every start cost each deployment a schema load and parse (a few percent of a restart).
            "set configs.config.server-config.admin-service.das-config.deploy-xml-validation=none");
    static final List<String> AFTER_DEPLOY = List.of("set " + HTTP_LISTENER + "=true");

    private ServerTuning() {}

    static Path beforeBoot() {
        return commandFile("caredesk-preboot", BEFORE_BOOT);
    }

    static Path afterDeploy() {
        return commandFile("caredesk-postdeploy", AFTER_DEPLOY);
    }

    private static Path commandFile(String name, List<String> commands) {
        try {
            Path file = Files.createTempFile(name, ".asadmin");
            file.toFile().deleteOnExit();
            Files.write(file, commands);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Payara " + name + " commands", e);
        }
    }
}
