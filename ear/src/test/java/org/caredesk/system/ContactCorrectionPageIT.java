package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.caredesk.system.Api.json;
import static org.caredesk.system.Api.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** In the browser: an agent opens a contact, sees its tags and corrects them; supervisors reach the models page. */
@ExtendWith(RunningCareDesk.class)
class ContactCorrectionPageIT {
    private static final String AS_AGENT = basic(AGENT, AGENT_PASSWORD);
    private final CareDesk app;
    private final Api api;

    ContactCorrectionPageIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @Test
    void anAgentAddsAHazardTagAndCorrectsTheSentimentOnTheContactPage() {
        Browser.assumeAvailable();
        String text = "My blender lid is loose " + UUID.randomUUID().toString().substring(0, 8);
        api.createCaseAsAlice("Blender lid", text);
        long id = -1;
        for (JsonValue line : json(api.get("/console/api/v1/tagged-contacts?limit=50", AS_AGENT))
                .asJsonArray()) {
            if (line.asJsonObject().getString("excerpt").equals(text)) {
                id = line.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        assertTrue(id > 0, "the new contact is listed");

        try (Browser agent = Browser.open(app)) {
            agent.go("/console/login.xhtml");
            agent.visible(By.id("loginForm:email")).sendKeys(AGENT);
            agent.find(By.id("loginForm:password")).sendKeys(AGENT_PASSWORD);
            agent.find(By.id("loginForm:signIn")).click();
            agent.waitFor("the queue after signing in", d -> d.getCurrentUrl().contains("/console/index.xhtml"));
            agent.visible(By.id("navContacts")).click();
            agent.waitFor(
                    "the contacts list", d -> !d.findElements(By.id("contacts")).isEmpty());
            agent.go("/console/contact.xhtml?id=" + id);
            assertEquals(text, agent.visible(By.id("contactText")).getText().trim());

            agent.script("PF('widget_contactForm_hazardChoice').selectValue('choking');");
            agent.find(By.id("contactForm:addHazard")).click();
            agent.waitFor(
                    "the choking tag in the list",
                    d -> d.findElement(By.id("hazardList")).getText().contains("Choking"));
            agent.script("PF('widget_contactForm_sentimentChoice').selectValue('positive');");
            agent.find(By.id("contactForm:saveSentiment")).click();
            agent.waitFor(
                    "the positive label",
                    d -> d.findElement(By.id("sentimentLabel")).getText().trim().equals("Positive"));
            agent.waitFor(
                    "two corrections listed",
                    d -> d.findElements(By.cssSelector("[id='contactForm:corrections_data'] tr"))
                                    .size()
                            == 2);
            assertTrue(agent.find(By.id("contactForm:outcome")).getText().contains("Correction saved"));
            assertTrue(agent.driver().findElements(By.id("navModels")).isEmpty(), "agents get no models link");
        }
        JsonObject stored = object(api.get("/console/api/v1/tagged-contacts/" + id, AS_AGENT));
        assertEquals("positive", stored.getString("sentiment"));
        assertTrue(stored.getJsonArray("hazards").stream()
                .anyMatch(h -> h.asJsonObject().getString("category").equals("choking")));
        assertEquals(AGENT, stored.getJsonArray("corrections").getJsonObject(0).getString("correctedBy"));

        try (Browser supervisor = Browser.open(app)) {
            supervisor.go("/console/login.xhtml");
            supervisor.visible(By.id("loginForm:email")).sendKeys("supervisor@example.com");
            supervisor.find(By.id("loginForm:password")).sendKeys("supervisor-demo");
            supervisor.find(By.id("loginForm:signIn")).click();
            supervisor.visible(By.id("navGroupAdminToggle")).click(); // the Admin menu holds Sentiment models
            supervisor.visible(By.id("navModels")).click();
            supervisor.visible(By.id("modelsForm:train"));
            assertTrue(supervisor.visible(By.id("activeModel")).getText().startsWith("Model in use"));
            assertTrue(
                    supervisor
                            .driver()
                            .findElements(By.id("modelsForm:trainingBar"))
                            .isEmpty(),
                    "no training progress shown while nothing trains");
        }
    }
}
