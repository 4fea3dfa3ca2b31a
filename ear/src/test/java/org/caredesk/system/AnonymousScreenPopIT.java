package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Screen pop by the phone number an anonymous consumer gave on a case, typed in another format, finds them and their case. */
@ExtendWith(RunningCareDesk.class)
class AnonymousScreenPopIT {
    private final CareDesk app;
    private final Api api;

    AnonymousScreenPopIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void anAnonymousCallerIsFoundByTheirPhoneInAnyFormat() {
        int local = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String body = Json.createObjectBuilder()
                .add("subject", Api.unique("Anonymous caller"))
                .add("message", "My iron leaks.")
                .add("name", "Carla Bianchi")
                .add("phone", "+39 02 " + local)
                .build()
                .toString();
        HttpResponse<String> created = api.postJson("/api/v1/cases", body, null);
        assertEquals(201, created.statusCode(), created.body());
        String caseNumber = Api.object(created).getString("caseNumber");
        String typed = "02-" + String.valueOf(local).substring(0, 3) + " "
                + String.valueOf(local).substring(3);
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            agent.go("/console/customer.xhtml");
            agent.visible(By.id("lookUpForm:phone")).sendKeys(typed);
            agent.find(By.id("lookUpForm:lookUp")).click();
            String name = agent.visible(By.id("anonymousName")).getText();
            assertEquals("Carla Bianchi", name);
            assertTrue(
                    agent.find(By.id("anonymousCases")).getText().contains(caseNumber),
                    "the consumer's case is listed: "
                            + agent.find(By.id("anonymousCases")).getText());
        }
    }
}
