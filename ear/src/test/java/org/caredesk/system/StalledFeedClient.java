package org.caredesk.system;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A feed client that stops reading: a WebSocket handshake over a plain socket with a small receive
 * buffer, after which the test decides when (if ever) to read. While it does not read, TCP flow
 * control pushes back on the server exactly as a console on a stalled network or a frozen browser
 * tab would. Reading later returns the text frames that had been sent, up to the server's close.
 */
final class StalledFeedClient implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;

    private StalledFeedClient(Socket socket, DataInputStream in) {
        this.socket = socket;
        this.in = in;
    }

    static StalledFeedClient connect(CareDesk app, String authorization) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096); // before connect, so the TCP window stays small
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress(app.host(), app.port()), 10_000);
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        String request = "GET /console/ws/feed HTTP/1.1\r\n"
                + "Host: " + app.host() + ":" + app.port() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Authorization: " + authorization + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        String status = headLine(in);
        if (!status.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("handshake refused: " + status);
        }
        while (!headLine(in).isEmpty()) {
            // skip the response headers
        }
        return new StalledFeedClient(socket, in);
    }

    /**
     * Reads every frame until the server closes the connection: the text frames' payloads, and
     * whether a close frame came (a reset or end of stream ends the list too).
     */
    Frames readUntilClosed() throws IOException {
        List<String> texts = new ArrayList<>();
        try {
            while (true) {
                int first = in.readUnsignedByte();
                int opcode = first & 0x0F;
                byte[] payload = payload(in);
                if (opcode == 0x8) {
                    int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : -1;
                    return new Frames(texts, code);
                }
                if (opcode == 0x1) {
                    texts.add(new String(payload, StandardCharsets.UTF_8));
                }
            }
        } catch (EOFException | SocketException e) {
            return new Frames(texts, -1);
        }
    }

    record Frames(List<String> texts, int closeCode) {}

    private static byte[] payload(DataInputStream in) throws IOException {
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] mask = null;
        if ((second & 0x80) != 0) {
            mask = new byte[4];
            in.readFully(mask);
        }
        byte[] payload = new byte[Math.toIntExact(length)];
        in.readFully(payload);
        if (mask != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
        }
        return payload;
    }

    private static String headLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
