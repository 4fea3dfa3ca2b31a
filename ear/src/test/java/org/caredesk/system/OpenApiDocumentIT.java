package org.caredesk.system;

import static org.caredesk.system.Api.SUPERVISOR;
import static org.caredesk.system.Api.SUPERVISOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19: the served {@code /openapi} is a document standard tools accept, and a client built from it reaches
 * each application. The client here is what a generator derives from the document: the base URL from
 * {@code servers} (resolved against where the document was read, as OpenAPI says for a relative URL), the path
 * and method from {@code paths}, the credentials from the operation's security. Payara's additions broke both: a
 * top-level {@code endpoints} and a console server that doubled {@code /console} in every console call.
 */
@ExtendWith(RunningCareDesk.class)
class OpenApiDocumentIT {
    private final CareDesk app;
    private final Api api;
    private String served;

    OpenApiDocumentIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeEach
    void readDocument() {
        HttpResponse<String> response = api.get("/openapi", Api.basic(SUPERVISOR, SUPERVISOR_PASSWORD));
        assertEquals(200, response.statusCode(), response::body);
        served = response.body();
    }

    @Test
    void theServedDocumentIsValidOpenApi() {
        SwaggerParseResult parsed = parse();
        assertEquals(List.of(), parsed.getMessages(), "what a standard validator says of /openapi");
        assertNotNull(parsed.getOpenAPI().getPaths().get("/api/v1/cases"), "the portal's paths are in it");
        assertNotNull(parsed.getOpenAPI().getPaths().get("/console/api/v1/alerts"), "the console's paths are in it");
    }

    @Test
    void aClientBuiltFromTheDocumentReachesBothApplications() {
        OpenAPI document = parse().getOpenAPI();
        URI base = app.uri("/openapi").resolve(document.getServers().get(0).getUrl());

        Call portal = call(document, base, "/api/v1/kb/search", "?q=refund");
        HttpResponse<String> search = api.get(portal.target(), null);
        assertEquals(200, search.statusCode(), () -> portal + ": " + search.body());

        Call console = call(document, base, "/console/api/v1/alerts", "");
        assertTrue(console.needsCredentials(), "the console's operations declare their security");
        HttpResponse<String> alerts = api.get(console.target(), Api.basic(SUPERVISOR, SUPERVISOR_PASSWORD));
        assertEquals(200, alerts.statusCode(), () -> console + ": " + alerts.body());
    }

    private SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(served, null, options);
    }

    /** The GET operation at {@code path} as a client would call it: server URL + path, and its security. */
    private static Call call(OpenAPI document, URI base, String path, String query) {
        PathItem item = document.getPaths().get(path);
        assertNotNull(item, "the document describes " + path);
        Operation get = item.getGet();
        assertNotNull(get, "the document describes GET " + path);
        URI target = URI.create(base.toString().replaceAll("/$", "") + path + query);
        boolean secured = (get.getSecurity() != null && !get.getSecurity().isEmpty())
                || (document.getSecurity() != null && !document.getSecurity().isEmpty());
        return new Call(app(target), secured);
    }

    /** The path and query on the app under test, as {@link Api} takes them. */
    private static String app(URI target) {
        return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    private record Call(String target, boolean needsCredentials) {}
}
