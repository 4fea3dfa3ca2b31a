package org.caredesk.system;

import static org.caredesk.system.CaseWorkIT.SUPERVISOR;
import static org.caredesk.system.CaseWorkIT.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** SLA settings never change what was typed: "-5" stays "-5", is refused with the reason, and nothing says "saved". */
@ExtendWith(RunningCareDesk.class)
class SlaSettingsIT {
    private final CareDesk app;

    SlaSettingsIT(CareDesk app) {
        this.app = app;
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-5", "0"}) // "-5" became 5 and "0" became 1, "saved"
    void aTargetOutOfRangeIsRefusedAsTypedWithTheReason(String typed) {
        try (Browser supervisor = Browser.open(app)) {
            supervisor.signInToConsole(SUPERVISOR, SUPERVISOR_PASSWORD);
            supervisor.go("/console/settings.xhtml");
            WebElement first = supervisor.visible(By.cssSelector(
                    "[id='slaForm:targets:0:firstResponse'], [id='slaForm:targets:0:firstResponse_input']"));
            first.clear();
            first.sendKeys(typed);
            supervisor.find(By.id("slaForm:saveSla")).click();
            WebElement error = supervisor.visible(By.cssSelector("#slaForm .ui-message-error"));
            assertTrue(error.getText().contains("between 1 minute and 90 days"), error.getText());
            assertEquals(
                    typed,
                    supervisor
                            .find(
                                    By.cssSelector(
                                            "[id='slaForm:targets:0:firstResponse'], [id='slaForm:targets:0:firstResponse_input']"))
                            .getAttribute("value"),
                    "what was typed stays");
            assertFalse(
                    supervisor.find(By.tagName("body")).getText().contains("SLA targets saved"),
                    "nothing claims it was saved");
        }
    }
}
