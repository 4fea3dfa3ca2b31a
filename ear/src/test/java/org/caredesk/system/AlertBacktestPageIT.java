package org.caredesk.system;

import static org.caredesk.system.Api.AGENT;
import static org.caredesk.system.Api.AGENT_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 14, item 5: a supervisor runs the early-warning backtest on the stored history from the
 * console and sees which alerts would have fired when; the demo's rising power bank is among them.
 */
@ExtendWith(RunningCareDesk.class)
class AlertBacktestPageIT {
    private final CareDesk app;

    AlertBacktestPageIT(CareDesk app) {
        this.app = app;
    }

    @Test
    void aSupervisorRunsTheBacktestAndSeesTheRisingProductsAlert() {
        Browser.assumeAvailable();
        try (Browser supervisor = Browser.open(app)) {
            supervisor.signInToConsole("supervisor@example.com", "supervisor-demo");
            supervisor.visible(By.id("navGroupInsightToggle")).click();
            supervisor.visible(By.id("navBacktest")).click();
            supervisor.visible(By.id("backtestForm:runBacktest")).click();
            supervisor.waitFor("the backtest to finish", d -> !d.findElements(By.id("backtestForm:backtestAlerts"))
                    .isEmpty());
            assertTrue(supervisor.find(By.id("backtestStatus")).getText().contains("done"));
            assertTrue(
                    supervisor.driver().findElements(By.cssSelector(".backtest-product")).stream()
                            .anyMatch(cell -> cell.getText().contains("PB-20K")),
                    () -> supervisor.find(By.id("backtestForm:backtestAlerts")).getText());
        }
        try (Browser agent = Browser.open(app)) {
            agent.signInToConsole(AGENT, AGENT_PASSWORD);
            assertTrue(agent.driver().findElements(By.id("navBacktest")).isEmpty(), "agents get no backtest link");
            agent.go("/console/supervisor/backtest.xhtml");
            assertTrue(
                    agent.driver()
                            .findElements(By.id("backtestForm:runBacktest"))
                            .isEmpty(),
                    "agents cannot open the backtest page");
        }
    }
}
