package org.caredesk.portal.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import org.caredesk.domain.campaign.CampaignTracking;
import org.caredesk.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The links in campaign mails, answered without sign-in: the signed token in the path is the proof.
 * A click leads only to the campaign's own link of that number (never to an address in the request),
 * and an unsubscribe withdraws the marketing consent at once (RFC 8058 one-click POST).
 */
@Path("v1/campaign-mail/{token}")
@RequestScoped
public class CampaignMailResource {
    /** A transparent 1×1 GIF. */
    private static final byte[] PIXEL =
            Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final CampaignTracking tracking;

    protected CampaignMailResource() {
        this(null);
    }

    @Inject
    public CampaignMailResource(CampaignTracking tracking) {
        this.tracking = tracking;
    }

    @GET
    @Path("open")
    @Produces({"image/gif", MediaType.APPLICATION_JSON})
    @Operation(summary = "The open pixel of a campaign mail: a 1×1 GIF; 404 unknown_link for a bad token")
    public Response open(@PathParam("token") String token) {
        if (!tracking.opened(token)) {
            return unknown();
        }
        return Response.ok(PIXEL, "image/gif").cacheControl(noStore()).build();
    }

    @GET
    @Path("click/{n}")
    @Operation(summary = "Counts a click and redirects (303) to link number n of the campaign's own text")
    public Response click(@PathParam("token") String token, @PathParam("n") String n) {
        if (n == null || !n.matches("[0-9]{1,3}")) {
            return unknown();
        }
        return tracking.clicked(token, Integer.parseInt(n))
                .map(link -> Response.seeOther(URI.create(link))
                        .cacheControl(noStore())
                        .build())
                .orElseGet(CampaignMailResource::unknown);
    }

    @POST
    @Path("unsubscribe")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One-click unsubscribe (List-Unsubscribe-Post): withdraws the marketing consent at once")
    public Response unsubscribe(@PathParam("token") String token) {
        if (tracking.unsubscribe(token) == CampaignTracking.Unsubscribe.UNKNOWN_LINK) {
            return unknown();
        }
        return Response.ok(Map.of("unsubscribed", true), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }

    private static Response unknown() {
        return ApiError.of(
                Response.Status.NOT_FOUND, "unknown_link", "This link is not valid: it was changed or never sent.");
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
