package org.caredesk.console;

import jakarta.inject.Inject;
import org.caredesk.domain.cases.CaseIntake;
import org.caredesk.domain.cases.CaseQueries;
import org.caredesk.domain.cases.CaseReceipt;
import org.caredesk.domain.cases.CaseSubmission;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.contact.Channel;
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

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

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
        return war.setWebXML(new StringAsset(webXml.replaceFirst("<security-role>",
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

    @Test
    void aSubmittedCaseIsQueuedAndAnnouncedOnTheFeed() {
        long before = feed.head();
        CaseReceipt receipt = intake.submit(new CaseSubmission("Heater sparks", "The heater sparked and smelled of burning plastic!",
                null, "Pat", "pat@example.org", null, "en"), Channel.WEB, null);

        List<CaseSummary> queue = queries.openQueue(500);
        CaseSummary queued = queue.stream().filter(c -> c.caseNumber().equals(receipt.caseNumber())).findFirst().orElseThrow();
        assertTrue(queued.hazard(), "burning and sparks flag a hazard");
        assertEquals("negative", queued.sentiment());
        List<FeedRecord> events = feed.after(before, 10);
        assertEquals(1, events.size());
        assertEquals("case.created", events.get(0).type());
        assertTrue(events.get(0).dataJson().contains(receipt.caseNumber()));
        assertTrue(queries.forTrackingCode(receipt.caseNumber(), receipt.trackingCode()).isPresent());
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

        HttpResponse<String> customer = client.send(post(analyze, body, "alice@example.com:alice-demo"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, customer.statusCode());

        HttpResponse<String> agent = client.send(post(analyze, body, "agent@example.com:agent-demo"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, agent.statusCode(), agent.body());
        assertTrue(agent.body().contains("\"label\":\"negative\""), agent.body());
    }

    private static HttpRequest post(URI uri, String json, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }
}
