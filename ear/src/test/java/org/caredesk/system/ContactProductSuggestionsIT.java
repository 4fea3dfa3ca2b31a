package org.caredesk.system;

import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.caredesk.system.Api.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 13 item 21: the contact form's Product field offers the catalogue while the consumer types
 * (a model number written without its hyphen finds the product, and the suggestion shows the other
 * names it goes by); picking one fills in the catalogue name, and free text is still accepted.
 */
@ExtendWith(RunningCareDesk.class)
class ContactProductSuggestionsIT {
    private static final String POWER_BANK = "VoltPak 20000 Power Bank";

    private final CareDesk app;
    private final Api api;

    ContactProductSuggestionsIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void aModelNumberFindsTheCatalogueProductAndPickingItFillsInItsName() {
        String subject = Api.unique("ContactProductSuggestionsIT picked");
        try (Browser alice = Browser.open(app)) {
            alice.signInToPortal(ALICE, ALICE_PASSWORD);
            alice.go("/contact.xhtml");
            alice.visible(By.id("caseForm:subject")).sendKeys(subject);
            alice.find(By.id("caseForm:message")).sendKeys("It gets hot while charging.");
            alice.find(By.id("caseForm:product_input")).sendKeys("pb20");
            WebElement suggestion = alice.waitFor(
                    "a suggestion for 'pb20'",
                    d -> d.findElements(By.cssSelector("#caseForm\\:product_panel .ui-autocomplete-item")).stream()
                            .filter(WebElement::isDisplayed)
                            .filter(li -> li.getText().contains(POWER_BANK))
                            .findFirst()
                            .orElse(null));
            assertTrue(
                    suggestion.getText().contains("PB-20K"), "the suggestion names the model: " + suggestion.getText());
            suggestion.click();
            assertEquals(POWER_BANK, alice.find(By.id("caseForm:product_input")).getAttribute("value"));
            alice.find(By.id("caseForm:submit")).click();
            alice.visible(By.id("caseNumber"));
        }
        assertEquals(POWER_BANK, productOfAlicesCase(subject));
    }

    @Test
    void aProductNotInTheCatalogueIsKeptAsTyped() {
        String subject = Api.unique("ContactProductSuggestionsIT free text");
        try (Browser alice = Browser.open(app)) {
            alice.signInToPortal(ALICE, ALICE_PASSWORD);
            alice.go("/contact.xhtml");
            alice.visible(By.id("caseForm:subject")).sendKeys(subject);
            alice.find(By.id("caseForm:message")).sendKeys("The handle came off.");
            alice.find(By.id("caseForm:product_input")).sendKeys("Grandma's old teapot");
            alice.find(By.id("caseForm:submit")).click();
            alice.visible(By.id("caseNumber"));
        }
        assertEquals("Grandma's old teapot", productOfAlicesCase(subject));
    }

    private String productOfAlicesCase(String subject) {
        HttpResponse<String> response = api.get("/api/v1/me/cases", basic(ALICE, ALICE_PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> cases = Api.json(response).asJsonArray().stream()
                .map(v -> (JsonObject) v)
                .filter(c -> subject.equals(c.getString("subject", null)))
                .toList();
        assertEquals(1, cases.size(), response.body());
        return cases.get(0).getString("product", null);
    }
}
