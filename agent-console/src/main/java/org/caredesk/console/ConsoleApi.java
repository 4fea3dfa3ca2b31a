package org.caredesk.console;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.caredesk.console.alert.AlertsResource;
import org.caredesk.console.analysis.AnalyzeResource;
import org.caredesk.console.attachments.AttachmentsResource;
import org.caredesk.console.automation.AutomationResource;
import org.caredesk.console.automation.TeamsResource;
import org.caredesk.console.cases.CaseWorkResource;
import org.caredesk.console.chat.ChatsResource;
import org.caredesk.console.contact.ContactImportResource;
import org.caredesk.console.correction.TaggedContactsResource;
import org.caredesk.console.customer.AuditResource;
import org.caredesk.console.customer.CustomersResource;
import org.caredesk.console.kb.ArticlesResource;
import org.caredesk.console.models.SentimentModelsResource;
import org.caredesk.console.presence.PresenceResource;
import org.caredesk.console.queue.BulkResource;
import org.caredesk.console.queue.ViewsResource;
import org.caredesk.console.search.CaseSearchResource;
import org.caredesk.web.ConstraintViolationMapper;
import org.caredesk.web.StrictJsonReader;
import org.caredesk.web.UnexpectedErrorMapper;
import org.caredesk.web.UnreadableBodyMapper;
import org.caredesk.web.WebApplicationExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The agent API under {@code /console/api}: HTTP Basic as an agent or supervisor. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "CareDesk agent API",
                        version = "1",
                        description =
                                "Text analysis, knowledge-base editing, imports, alerts and screen pop for agents"))
public class ConsoleApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AnalyzeResource.class,
                AutomationResource.class,
                TeamsResource.class,
                TaggedContactsResource.class,
                SentimentModelsResource.class,
                AlertsResource.class,
                ArticlesResource.class,
                ContactImportResource.class,
                CustomersResource.class,
                CaseWorkResource.class,
                CaseSearchResource.class,
                ViewsResource.class,
                BulkResource.class,
                AuditResource.class,
                ChatsResource.class,
                PresenceResource.class,
                AttachmentsResource.class,
                org.caredesk.console.macros.MacrosResource.class,
                org.caredesk.console.calls.CallsResource.class,
                org.caredesk.console.telephony.IntegrationTokensResource.class,
                org.caredesk.console.security.SignInActivityResource.class,
                org.caredesk.console.report.ReportsResource.class,
                ConstraintViolationMapper.class,
                WebApplicationExceptionMapper.class,
                UnreadableBodyMapper.class,
                UnexpectedErrorMapper.class,
                StrictJsonReader.class);
    }
}
