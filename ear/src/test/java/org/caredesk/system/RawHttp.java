package org.caredesk.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request over a plain socket bound to a chosen local address, so that the server
 * sees a client address of the test's choosing (any 127.x.y.z is loopback on Linux).
 */
final class RawHttp {
    private static final int TIMEOUT_MILLIS = 30_000;

    /** {@code headers} keeps the last value of each; {@code setCookies} every {@code Set-Cookie}. */
    record Response(int status, Map<String, String> headers, List<String> setCookies, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {}

    static Response post(InetAddress from, CareDesk app, String path, String json, String authorization)
            throws IOException {
        return exchange(from, app, "POST", path, json, authorization);
    }

    static Response get(InetAddress from, CareDesk app, String path) throws IOException {
        return exchange(from, app, "GET", path, "", null);
    }

    /** A GET with one more header line ({@code "Name: value"}), as a proxy would forward it. */
    static Response get(InetAddress from, CareDesk app, String path, String header) throws IOException {
        return exchange(from, app, "GET", path, "", null, header);
    }

    private static Response exchange(
            InetAddress from, CareDesk app, String method, String path, String json, String authorization)
            throws IOException {
        return exchange(from, app, method, path, json, authorization, null);
    }

    private static Response exchange(
            InetAddress from,
            CareDesk app,
            String method,
            String path,
            String json,
            String authorization,
            String header)
            throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(" ")
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:")
                .append(app.port())
                .append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Accept: application/json\r\n")
                .append("Content-Length: ")
                .append(body.length)
                .append("\r\n")
                .append("Connection: close\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (header != null) {
            head.append(header).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), app.port()), TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> setCookies = new ArrayList<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.put(name, line.substring(colon + 1).trim());
            if (name.equals("set-cookie")) {
                setCookies.add(line.substring(colon + 1).trim());
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Response(Integer.parseInt(parts[1]), headers, setCookies, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        String line = line(in);
        int semicolon = line.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the middle of the response head");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
