package org.caredesk.system;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A live-feed client on the JDK's WebSocket: frames arrive in a queue that tests poll with a timeout. */
final class FeedClient implements WebSocket.Listener, AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private WebSocket socket;

    /** Connects, failing the test if the handshake is refused. */
    static FeedClient connect(CareDesk app, String authorization) {
        return connect(app, "/console/ws/feed", authorization);
    }

    /** A JSON WebSocket client on another endpoint ({@code path} with any query), e.g. the chat sockets. */
    static FeedClient connect(CareDesk app, String path, String authorization) {
        FeedClient client = new FeedClient();
        try {
            client.socket = handshake(app, path, authorization, client).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return client;
        } catch (ExecutionException e) {
            return fail("feed handshake refused: " + describe(e.getCause()), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            return fail("feed handshake did not complete", e);
        }
    }

    /** The HTTP status with which the handshake was refused; fails the test if it was accepted. */
    static int refusal(CareDesk app, String authorization) {
        return refusal(app, "/console/ws/feed", authorization);
    }

    static int refusal(CareDesk app, String path, String authorization) {
        FeedClient client = new FeedClient();
        try {
            WebSocket accepted =
                    handshake(app, path, authorization, client).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            accepted.abort();
            return fail("the feed accepted a handshake it should have refused (Authorization: "
                    + (authorization == null ? "none" : authorization.substring(0, 6) + "…") + ")");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            return fail("handshake failed without an HTTP answer: " + e.getCause(), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            return fail("feed handshake did not complete", e);
        }
    }

    private static CompletableFuture<WebSocket> handshake(
            CareDesk app, String path, String authorization, FeedClient listener) {
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.buildAsync(app.ws(path), listener);
    }

    private static String describe(Throwable error) {
        return error instanceof WebSocketHandshakeException refused
                ? "HTTP " + refused.getResponse().statusCode()
                : String.valueOf(error);
    }

    void send(String text) {
        socket.sendText(text, true)
                .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
                .join();
    }

    /** The next frame, failing the test if none arrives in time. */
    JsonObject next(String waitingFor) {
        try {
            JsonObject frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                return fail("no feed frame within " + WAIT.toSeconds() + " s while waiting for " + waitingFor
                        + closed.thenApply(reason -> " (the server closed the feed: " + reason + ")")
                                .getNow(""));
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** Frames until one matches {@code wanted} (which is returned), failing the test if none comes in time. */
    JsonObject until(String waitingFor, java.util.function.Predicate<JsonObject> wanted) {
        while (true) {
            JsonObject frame = next(waitingFor);
            if (wanted.test(frame)) {
                return frame;
            }
        }
    }

    /** How the server closed the socket ("code reason"), waiting for it to happen. */
    String closedBy() {
        try {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            return fail("the server did not close the socket within " + WAIT.toSeconds() + " s");
        }
    }

    /** Frames up to and including the {@code case.created} of {@code caseNumber}. */
    List<JsonObject> untilCaseCreated(String caseNumber) {
        List<JsonObject> seen = new ArrayList<>();
        while (true) {
            JsonObject frame = next("case.created of " + caseNumber + " (seen so far: " + seen + ")");
            seen.add(frame);
            if (isCaseCreated(frame, caseNumber)) {
                return seen;
            }
        }
    }

    static boolean isCaseCreated(JsonObject frame, String caseNumber) {
        return "case.created".equals(frame.getString("type", null))
                && frame.get("data") instanceof JsonObject data
                && caseNumber.equals(data.getString("caseNumber", null));
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                frames.add(reader.readObject());
            } catch (RuntimeException e) {
                frames.add(Json.createObjectBuilder().add("unparseable", text).build());
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("error " + error);
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")
                    .orTimeout(10, TimeUnit.SECONDS)
                    .exceptionally(e -> null)
                    .join();
        }
        if (socket != null) {
            socket.abort();
        }
    }
}
