package org.caredesk.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts ONE CareDesk ({@code caredesk.jar}) for the whole test run, shared by every test class
 * that uses this extension, and stops it when the run ends (it lives in the root store). Tests
 * receive a {@link CareDesk} parameter.
 *
 * <p>System properties (set by failsafe in {@code ear/pom.xml}): {@code caredesk.jar} the jar,
 * {@code caredesk.it.dir} where the log and data folder go, {@code caredesk.startupSeconds}
 * (default 240). {@code caredesk.url} skips the start and tests an app that is already running
 * (its {@code CAREDESK_ANON_LIMIT} should then be 5).
 */
public final class RunningCareDesk implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RunningCareDesk.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        app(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CareDesk.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return app(context);
    }

    private static CareDesk app(ExtensionContext context) {
        String external = System.getProperty("caredesk.url", "").trim();
        if (!external.isEmpty()) {
            return new CareDesk(URI.create(external.endsWith("/") ? external : external + "/"));
        }
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        CareDeskProcess.class,
                        key -> CareDeskProcess.start(
                                Path.of(required("caredesk.jar")),
                                Path.of(System.getProperty("caredesk.it.dir", "target")),
                                Duration.ofSeconds(Long.getLong("caredesk.startupSeconds", 240))),
                        CareDeskProcess.class)
                .app();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "system property " + property + " is not set (failsafe sets it in ear/pom.xml)");
        }
        return value;
    }
}
