package org.caredesk.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Refuses a second CareDesk on the same port or the same data folder before Payara starts. Without it, a second
 * start found the first instance answering on the port and printed "CareDesk ready" while its own deployments had
 * failed on the locked embedded database.
 */
final class InstancePreflight {

    private InstancePreflight() {}

    /** Null when this start has the port and the data folder to itself; otherwise why not, in one line. */
    static String problem(LaunchSettings settings) {
        String port = portProblem(settings.port());
        if (port != null || !settings.embeddedDatabase()) {
            return port;
        }
        return dataFolderProblem(settings.dataDir());
    }

    private static String portProblem(int port) {
        // Payara binds every interface with SO_REUSEADDR; so does this probe: a restart right after a stop still
        // binds beside the old connections in TIME_WAIT, while a live listener on the port refuses it.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return null;
        } catch (IOException e) {
            return "port " + port + " is already in use (is CareDesk already running? CAREDESK_PORT chooses another)";
        }
    }

    private static String dataFolderProblem(Path dataDir) {
        // H2 holds an exclusive lock on its store file while open (MVStore's FileStore), across processes.
        Path store = dataDir.resolve("db").resolve("caredesk.mv.db");
        if (!Files.isRegularFile(store)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(store, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null ? null : inUse(dataDir);
        } catch (IOException e) {
            return inUse(dataDir);
        }
    }

    private static String inUse(Path dataDir) {
        return "the data folder " + dataDir + " is in use by another CareDesk (its database is locked)";
    }
}
