package org.caredesk.console;

import static org.junit.jupiter.api.Assertions.*;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.contact.Channel;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedPublisher;
import org.caredesk.domain.feed.FeedReader;
import org.caredesk.domain.feed.FeedRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real console WAR, as built, deployed into Payara Micro: the container-managed services
 * (JTA, JPA on the embedded database, CDI) and the security of the agent API.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleDeploymentIT {

    @Deployment
    static WebArchive console() throws IOException {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "console.war")
                .importFrom(new File(System.getProperty("consoleWar")))
                .as(WebArchive.class)
                .addClass(ConsoleDeploymentIT.class);
        // The console protects every path; Arquillian's own test runner servlet must stay reachable.
        String webXml;
        try (var in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return war.setWebXML(new StringAsset(webXml.replaceFirst(
                "<security-role>",
                "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                        + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection>"
                        + "</security-constraint><security-role>")));
    }

    @Inject
    CaseIntake intake;

    @Inject
    CaseQueries queries;

    @Inject
    FeedReader feed;

    @Inject
    FeedPublisher publisher;

    @Inject
    UserTransaction transaction;

    @Test
    void aSubmittedCaseIsQueuedAndAnnouncedOnTheFeed() {
        long before = feed.head();
        CaseReceipt receipt = intake.submit(
                new CaseSubmission(
                        "Heater sparks",
                        "The heater sparked and smelled of burning plastic!",
                        null,
                        "Pat",
                        "pat@example.org",
                        null,
                        "en"),
                Channel.WEB,
                null);

        List<CaseSummary> queue = queries.openQueue(500);
        CaseSummary queued = queue.stream()
                .filter(c -> c.caseNumber().equals(receipt.caseNumber()))
                .findFirst()
                .orElseThrow();
        assertTrue(queued.hazard(), "burning and sparks flag a hazard");
        assertEquals("negative", queued.sentiment());
        List<FeedRecord> events = feed.after(before, 10);
        assertEquals(1, events.size());
        assertEquals("case.created", events.get(0).type());
        assertTrue(events.get(0).dataJson().contains(receipt.caseNumber()));
        assertTrue(queries.forTrackingCode(receipt.caseNumber(), receipt.trackingCode())
                .isPresent());
    }

    /**
     * A console that resumes after missing hundreds of events gets them all, in order. The socket
     * takes most of such a replay at once, so each send completes inside the previous one; that
     * used to nest one level per frame until the stack overflowed and the feed stopped for everyone.
     */
    @Test
    void aLongReplayArrivesWholeAndInOrder(@ArquillianResource URL base) throws Exception {
        int missed = 900;
        long before = feed.head();
        List<Long> published = new ArrayList<>();
        transaction.begin();
        for (int i = 0; i < missed; i++) {
            published.add(publisher.publish(FeedEventTypes.PRESENCE, Map.of("email", "replay-" + i + "@example.org")));
        }
        transaction.commit();

        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Authorization", basic("agent@example.com:agent-demo"))
                .buildAsync(
                        URI.create(base.toURI().resolve("ws/feed").toString().replaceFirst("^http", "ws")),
                        new WebSocket.Listener() {
                            private final StringBuilder partial = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                partial.append(data);
                                if (last) {
                                    frames.add(partial.toString());
                                    partial.setLength(0);
                                }
                                webSocket.request(1);
                                return null;
                            }
                        })
                .get(30, TimeUnit.SECONDS);
        try {
            socket.sendText("{\"type\":\"resume\",\"since\":" + before + "}", true)
                    .get(30, TimeUnit.SECONDS);
            List<Long> seen = new ArrayList<>();
            Set<Long> awaited = new HashSet<>(published);
            while (!awaited.isEmpty()) {
                String frame = frames.poll(30, TimeUnit.SECONDS);
                assertNotNull(
                        frame, () -> "the replay stopped with " + awaited.size() + " of " + missed + " frames missing");
                try (JsonReader reader = Json.createReader(new StringReader(frame))) {
                    long seq = reader.readObject().getJsonNumber("seq").longValue();
                    seen.add(seq);
                    awaited.remove(seq);
                }
            }
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) > seen.get(i - 1), "seq " + seen.get(i) + " after " + seen.get(i - 1));
            }
        } finally {
            socket.abort();
        }
    }

    @Test
    @RunAsClient
    void theAgentApiAnswersAgentsOnly(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI analyze = base.toURI().resolve("api/v1/analyze");
        String body = "{\"text\":\"This kettle is terrible, it broke after two days\"}";

        HttpResponse<String> anonymous = client.send(post(analyze, body, null), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("\"error\":\"unauthorized\""), anonymous.body());

        HttpResponse<String> customer =
                client.send(post(analyze, body, "alice@example.com:alice-demo"), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, customer.statusCode());

        HttpResponse<String> agent =
                client.send(post(analyze, body, "agent@example.com:agent-demo"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, agent.statusCode(), agent.body());
        assertTrue(agent.body().contains("\"label\":\"negative\""), agent.body());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest post(URI uri, String json, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return request.build();
    }
}
