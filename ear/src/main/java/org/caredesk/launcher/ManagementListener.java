package org.caredesk.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Payara's {@code /metrics} (heap, pools, threads) and {@code /openapi} (every console path) answer
 * only on a management listener bound to the loopback interface ({@code CAREDESK_MANAGEMENT_PORT};
 * without it, nowhere), never on the public port (issue 15 item 12). Payara's own endpoint security
 * would check a user list of its own, not CareDesk's staff, so the endpoints move to a virtual server
 * of their own instead; {@code /health}, {@code /health/live} and {@code /health/ready} stay public for
 * load balancers and orchestrators.
 */
final class ManagementListener {
    static final String VIRTUAL_SERVER = "management";
    static final String LISTENER = "management-listener";

    private ManagementListener() {}

    static OptionalInt port(UnaryOperator<String> env) {
        String text = env.apply("CAREDESK_MANAGEMENT_PORT");
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return OptionalInt.of(port);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                "CAREDESK_MANAGEMENT_PORT must be a port number from 1 to 65535, got '" + text.strip() + "'");
    }

    /** asadmin commands run after boot, before the applications are deployed. */
    static List<String> commands(OptionalInt port) {
        List<String> commands = new ArrayList<>();
        commands.add("create-virtual-server --hosts=localhost " + VIRTUAL_SERVER);
        port.ifPresent(p -> commands.add("create-http-listener --listeneraddress=127.0.0.1 --listenerport=" + p
                + " --default-virtual-server=" + VIRTUAL_SERVER + " " + LISTENER));
        commands.add("set-metrics-configuration --virtualservers=" + VIRTUAL_SERVER);
        commands.add("set-openapi-configuration --virtualservers=" + VIRTUAL_SERVER);
        return commands;
    }
}
