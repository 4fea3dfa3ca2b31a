package org.caredesk.system;

import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * "Contact us" in headless Chromium: once sent, the receipt replaces the form (no second Send to
 * click), and a form sent twice before its answer arrives still opens one case.
 */
@ExtendWith(RunningCareDesk.class)
class ContactFormIT {
    private final CareDesk app;
    private final Api api;

    ContactFormIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void theReceiptReplacesTheFormAndADoubleSendOpensOneCase() {
        String subject = Api.unique("ContactFormIT double send");
        try (Browser alice = Browser.open(app)) {
            alice.signInToPortal(ALICE, ALICE_PASSWORD);
            alice.go("/contact.xhtml");
            alice.visible(By.id("caseForm:subject")).sendKeys(subject);
            alice.find(By.id("caseForm:message")).sendKeys("My kettle stopped working after a week.");
            // Two clicks before the first answer arrives, as an impatient or shaky hand makes them.
            alice.script("var b = document.getElementById('caseForm:submit'); b.click(); b.click();");
            String caseNumber = alice.visible(By.id("caseNumber")).getText().trim();

            assertTrue(
                    alice.driver().findElements(By.id("caseForm:submit")).isEmpty(),
                    "the Send button is gone once the receipt shows");
            assertTrue(alice.driver().findElements(By.id("caseForm:subject")).isEmpty(), "the filled form is gone");
            assertFalse(alice.find(By.id("trackingCode")).getText().isBlank(), "the receipt shows the tracking code");
            alice.waitFor(
                    "no request still in flight",
                    d -> Boolean.TRUE.equals(
                            alice.script("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
            assertEquals(1, casesOfAliceWithSubject(subject), "one case for one form, sent twice (" + caseNumber + ")");
        }
    }

    private long casesOfAliceWithSubject(String subject) {
        HttpResponse<String> response = api.get("/api/v1/me/cases", basic(ALICE, ALICE_PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        return Api.json(response).asJsonArray().stream()
                .map(v -> (JsonObject) v)
                .filter(c -> subject.equals(c.getString("subject", null)))
                .count();
    }
}
