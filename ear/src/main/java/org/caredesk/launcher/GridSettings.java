package org.caredesk.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The data grid (Payara's Hazelcast) as CareDesk allows it. Without CAREDESK_CLUSTER=true there is
 * no grid at all: Payara Micro's {@code --nocluster} alone still opened the member port on every
 * interface. With it, the instance joins only the members named in CAREDESK_CLUSTER_MEMBERS by
 * TCP/IP (never multicast discovery, which joins whatever answers on the network), listens only on
 * CAREDESK_CLUSTER_INTERFACE, and carries the cluster's name and password.
 */
record GridSettings(
        boolean enabled, List<String> members, String networkInterface, String name, String password, int startPort) {
    static final int DEFAULT_PORT = 6900;

    static GridSettings fromEnvironment(UnaryOperator<String> env) {
        if (!Boolean.parseBoolean(trim(env.apply("CAREDESK_CLUSTER")))) {
            return new GridSettings(false, List.of(), null, null, null, 0);
        }
        String memberList = required(env, "CAREDESK_CLUSTER_MEMBERS", "host:port,host:port of every member");
        List<String> members = Arrays.stream(memberList.split(","))
                .map(String::trim)
                .filter(m -> !m.isEmpty())
                .toList();
        for (String member : members) {
            if (!member.matches("[^:\\s]+:\\d{1,5}")) {
                throw new IllegalArgumentException(
                        "CAREDESK_CLUSTER_MEMBERS must list host:port entries, got '" + member + "'");
            }
        }
        String networkInterface =
                required(env, "CAREDESK_CLUSTER_INTERFACE", "the address of this machine the grid listens on");
        String password = required(env, "CAREDESK_CLUSTER_PASSWORD", "the cluster's shared secret");
        String name = trim(env.apply("CAREDESK_CLUSTER_NAME"));
        String port = trim(env.apply("CAREDESK_CLUSTER_PORT"));
        int startPort = port != null ? parsePort(port) : ownPort(members, networkInterface);
        return new GridSettings(true, members, networkInterface, name == null ? "caredesk" : name, password, startPort);
    }

    /** Payara Micro's options for this grid. */
    List<String> payaraArguments() {
        if (!enabled) {
            // Only --nohazelcast: given --nocluster as well, Payara Micro applies that one alone, which leaves
            // Hazelcast running with its member port open on every interface.
            return List.of("--nohazelcast");
        }
        List<String> args = new ArrayList<>();
        args.addAll(List.of("--clusterMode", "tcpip:" + String.join(",", members)));
        args.addAll(List.of("--interfaces", networkInterface));
        args.addAll(List.of("--clusterName", joinName()));
        args.addAll(List.of("--startPort", Integer.toString(startPort)));
        return args;
    }

    /**
     * The name a member must present to join. Payara Micro 6 has no cluster password (its Hazelcast 5 dropped
     * the group password; {@code --clusterPassword} stops the server at start-up), and Hazelcast only admits a
     * member whose cluster name matches. So the name carries a digest of the password: a member that does not
     * know the password presents another name and is refused. This keeps a stray or misconfigured instance
     * out; it is no authentication against someone on the grid's network, who can read the name (the grid
     * is not encrypted): keep the grid interface on a private network.
     */
    String joinName() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((name + '\n' + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return name + "-" + java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first member port on this instance's interface (the grid takes the next free one from there). */
    private static int ownPort(List<String> members, String networkInterface) {
        return members.stream()
                .filter(m -> m.substring(0, m.lastIndexOf(':')).equals(networkInterface))
                .mapToInt(m -> parsePort(m.substring(m.lastIndexOf(':') + 1)))
                .min()
                .orElse(DEFAULT_PORT);
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a cluster port must be a number from 1 to 65535, got '" + text + "'");
    }

    private static String required(UnaryOperator<String> env, String name, String meaning) {
        String value = trim(env.apply(name));
        if (value == null) {
            throw new IllegalArgumentException("CAREDESK_CLUSTER=true needs " + name + " (" + meaning + ")");
        }
        return value;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
