package org.caredesk.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The TCP ports a process listens on, read from outside it as any local user's tools would
 * ({@code /proc/net/tcp*} matched with the process's socket descriptors), each as "address:port".
 */
final class ListeningPorts {
    private static final String LISTEN = "0A";
    /** ::ffff:a.b.c.d as /proc/net/tcp6 writes it (four little-endian words), before the IPv4 word. */
    private static final String IPV4_MAPPED = "0000000000000000FFFF0000";

    private ListeningPorts() {}

    static Set<String> of(long pid) throws IOException {
        Set<String> sockets = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            });
        }
        Set<String> listening = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals(LISTEN) && sockets.contains(f[9])) {
                    listening.add(address(f[1]));
                }
            }
        }
        return listening;
    }

    /** "0100007F:1F90" to "127.0.0.1:8080" (also when IPv4-mapped IPv6); other IPv6 as "[hex]:port", all zeros as "*". */
    private static String address(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String ip = parts[0];
        if (ip.matches("0+")) {
            return "*:" + port;
        }
        if (ip.startsWith(IPV4_MAPPED)) {
            ip = ip.substring(IPV4_MAPPED.length()); // an IPv6 socket bound to an IPv4 address
        }
        if (ip.length() == 8) {
            return Integer.parseInt(ip.substring(6, 8), 16) + "." + Integer.parseInt(ip.substring(4, 6), 16) + "."
                    + Integer.parseInt(ip.substring(2, 4), 16) + "." + Integer.parseInt(ip.substring(0, 2), 16) + ":"
                    + port;
        }
        return "[" + ip + "]:" + port;
    }
}
