package org.caredesk.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Server settings CareDesk needs that Payara Micro's defaults do not give, as asadmin commands run
 * before boot: a search query may be any text, so a request line may be far longer than the
 * default 8 KB header buffer allows.
 */
final class ServerTuning {
    static final List<String> COMMANDS = List.of(
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.header-buffer-length-bytes=131072");

    private ServerTuning() {
    }

    static Path commandFile() {
        try {
            Path file = Files.createTempFile("caredesk-preboot", ".asadmin");
            file.toFile().deleteOnExit();
            Files.write(file, COMMANDS);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Payara pre-boot commands", e);
        }
    }
}
