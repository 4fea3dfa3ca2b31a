package org.caredesk.launcher;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of {@code caredesk.jar}: reads CareDesk's environment, checks the database
 * settings (one clear line and exit when they are wrong), starts Payara Micro with the portal at
 * {@code /} and the console at {@code /console}, and prints "CareDesk ready" once both answer.
 */
public final class CareDeskLauncher {

    private CareDeskLauncher() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        LaunchSettings settings;
        try {
            settings = LaunchSettings.fromEnvironment(System::getenv);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), 2);
            return;
        }
        String problem = InstancePreflight.problem(settings);
        if (problem == null) {
            problem = DatabasePreflight.problem(settings);
        }
        if (problem != null) {
            fail(problem, 1);
            return;
        }
        // The applications read these as system properties, so they agree with what was checked here.
        System.setProperty("caredesk.data.dir", settings.dataDir().toString());

        GracefulStop.onSigterm();
        if (settings.grid().enabled()) {
            // --interfaces only chooses the address the grid advertises: Hazelcast still bound its member port on
            // every interface (ClusterIT saw *:port). Bound to the configured interface alone, it is not reachable
            // from elsewhere.
            System.setProperty("hazelcast.socket.bind.any", "false");
        }
        List<String> payaraArgs = new ArrayList<>(settings.payaraArguments());
        payaraArgs.addAll(
                List.of("--prebootcommandfile", ServerTuning.beforeBoot().toString()));
        payaraArgs.addAll(
                List.of("--postdeploycommandfile", ServerTuning.afterDeploy().toString()));
        payaraArgs.addAll(List.of(args));
        Method payaraMain = Class.forName("fish.payara.micro.PayaraMicro").getMethod("main", String[].class);
        payaraMain.invoke(null, (Object) payaraArgs.toArray(String[]::new));

        ReadinessProbe probe = new ReadinessProbe(settings.port());
        String notReady = probe.awaitReady(settings.startupTimeout());
        if (notReady != null) {
            fail(notReady + " (see the log above)", 1);
            return;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("CareDesk ready in " + seconds + " s: portal http://localhost:" + settings.port()
                + "/  console http://localhost:" + settings.port() + "/console/  (data in " + settings.dataDir()
                + (settings.embeddedDatabase() ? ", embedded H2" : ", " + settings.redactedDatabaseUrl()) + ")");
    }

    private static void fail(String message, int status) {
        System.err.println("CareDesk cannot start: " + message);
        System.exit(status);
    }
}
