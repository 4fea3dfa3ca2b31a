package org.caredesk.web;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the served {@code /openapi} document one that standard tools accept and whose requests land where they
 * should. Payara merges the two applications' documents and, for each, adds its own servers (the console's is
 * {@code http://host:port/console}) although our hand-written paths already start at the host's root
 * ({@code /console/api/v1/…}), so a generated client called {@code /console/console/api/…}; it also adds a
 * top-level {@code endpoints} map that is not part of OpenAPI 3.0 and that validators reject.
 *
 * <p>Here each application's document gets the single relative server {@code /} (OpenAPI: relative to where the
 * document is served, so the same document works behind any host name or proxy) and an empty endpoints map,
 * which Payara then neither merges nor writes. Named in each application's {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {
    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.setServers(List.of(OASFactory.createServer()
                .url("/")
                .description("The host that serves this document; every path starts at its root.")));
        clearPayaraEndpoints(document);
    }

    /**
     * Payara's model has {@code setEndpoints(Map)} on its implementation class only; reaching it by name keeps
     * this module free of Payara's internal types, and an implementation without it is left as it is.
     */
    private static void clearPayaraEndpoints(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new java.util.HashMap<>());
        } catch (NoSuchMethodException e) {
            LOG.log(Level.FINE, "No endpoints map on {0}; nothing to clear", document.getClass());
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.WARNING, "The document keeps the server's endpoints map", e);
        }
    }
}
