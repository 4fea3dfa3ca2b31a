package org.caredesk.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.caredesk.portal.campaign.CampaignMailResource;
import org.caredesk.portal.cases.CasesResource;
import org.caredesk.portal.chat.ChatResource;
import org.caredesk.portal.kb.KnowledgeBaseResource;
import org.caredesk.portal.kb.SuggestResource;
import org.caredesk.portal.me.MeResource;
import org.caredesk.portal.me.MyAttachmentsResource;
import org.caredesk.portal.me.MyCasesResource;
import org.caredesk.portal.registration.RegistrationsResource;
import org.caredesk.web.ConstraintViolationMapper;
import org.caredesk.web.StrictJsonReader;
import org.caredesk.web.UnexpectedErrorMapper;
import org.caredesk.web.UnreadableBodyMapper;
import org.caredesk.web.WebApplicationExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The public REST API under {@code /api}. Classes are listed rather than scanned: the shared
 * error mappers live in a library jar, which a full server does not scan inside an EAR.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "CareDesk public API",
                        version = "1",
                        description = "Help search, cases for consumers, and the signed-in customer's own data"))
public class PortalApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                KnowledgeBaseResource.class,
                SuggestResource.class,
                CasesResource.class,
                MeResource.class,
                MyCasesResource.class,
                MyAttachmentsResource.class,
                ChatResource.class,
                RegistrationsResource.class,
                CampaignMailResource.class,
                ConstraintViolationMapper.class,
                WebApplicationExceptionMapper.class,
                UnreadableBodyMapper.class,
                UnexpectedErrorMapper.class,
                StrictJsonReader.class);
    }
}
