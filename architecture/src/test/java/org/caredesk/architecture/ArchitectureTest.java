package org.caredesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, on the production classes of every module. A rule broken
 * here names the offending class and the dependency, which is the fix's starting point.
 */
class ArchitectureTest {
    private static final List<String> MODULES =
            List.of("knowledge-base", "sentiment", "domain", "web-common", "portal-web", "agent-console");
    private static final String[] WEB_APIS = {
        "jakarta.ws.rs..", "jakarta.servlet..", "jakarta.faces..", "jakarta.websocket..", "org.primefaces.."
    };
    private static final String[] WEB_MODULES = {"org.caredesk.web..", "org.caredesk.portal..", "org.caredesk.console.."
    };

    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        Path root = Path.of(System.getProperty("caredesk.root", ".."));
        List<Path> folders = MODULES.stream()
                .map(m -> root.resolve(m).resolve("target/classes"))
                .toList();
        folders.forEach(f -> assertTrue(Files.isDirectory(f), () -> "compiled classes missing: " + f));
        product = new ClassFileImporter().importPaths(folders);
        assertTrue(product.size() > 400, () -> "too few classes imported to judge: " + product.size());
    }

    @Test
    void librariesUseNoJakartaTypeAndNoOtherCareDeskModule() {
        check(noClasses()
                .that()
                .resideInAPackage("org.caredesk.kb..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta..",
                        "org.caredesk.domain..",
                        "org.caredesk.sentiment..",
                        "org.caredesk.web..",
                        "org.caredesk.portal..",
                        "org.caredesk.console.."));
        check(noClasses()
                .that()
                .resideInAPackage("org.caredesk.sentiment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta..",
                        "org.caredesk.domain..",
                        "org.caredesk.kb..",
                        "org.caredesk.web..",
                        "org.caredesk.portal..",
                        "org.caredesk.console.."));
    }

    @Test
    void theDomainKnowsNoWebApiAndNoWebModule() {
        check(noClasses()
                .that()
                .resideInAPackage("org.caredesk.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB_APIS));
        check(noClasses()
                .that()
                .resideInAPackage("org.caredesk.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB_MODULES));
    }

    @Test
    void theSharedWebCodeKnowsNeitherApplication() {
        check(noClasses()
                .that()
                .resideInAPackage("org.caredesk.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.caredesk.portal..", "org.caredesk.console.."));
    }

    @Test
    void theTwoWebApplicationsNeverImportEachOther() {
        check(noClasses()
                .that()
                .resideInAPackage("org.caredesk.portal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.caredesk.console.."));
        check(noClasses()
                .that()
                .resideInAPackage("org.caredesk.console..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.caredesk.portal.."));
    }

    @Test
    void noModuleHasAPackageCycle() {
        // "(**)": every package is its own slice, sub-packages included, so a cycle between a feature
        // and its own sub-package counts too.
        for (String module : List.of("kb", "sentiment", "domain", "web", "portal", "console")) {
            check(slices().matching("org.caredesk." + module + ".(**)").should().beFreeOfCycles());
        }
    }

    @Test
    void noTwoProductClassesShareASimpleName() {
        Map<String, List<String>> byName = product.stream()
                .filter(c -> c.isTopLevelClass() && !"package-info".equals(c.getSimpleName()))
                .collect(Collectors.groupingBy(
                        JavaClass::getSimpleName,
                        TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        Map<String, List<String>> twice = new TreeMap<>(byName);
        twice.values().removeIf(names -> names.size() < 2);
        assertEquals(Map.of(), twice, "a newcomer searching for a class by name should find one");
    }

    /**
     * A newcomer finds a feature from the README's module table: every package of {@code domain} has a row
     * there ({@code domain/cases/canned}), or shares one with its siblings ({@code `mail/notice`}).
     */
    @Test
    void everyDomainPackageIsInTheReadmeModuleTable() throws java.io.IOException {
        Path readme = Path.of(System.getProperty("caredesk.root", "..")).resolve("README.md");
        String table = Files.readAllLines(readme).stream()
                .filter(line -> line.startsWith("| `domain"))
                .collect(Collectors.joining("\n"));
        List<String> missing = product.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("org.caredesk.domain."))
                .map(p -> p.substring("org.caredesk.domain.".length()).replace('.', '/'))
                .distinct()
                .filter(p -> !table.contains("`domain/" + p + "`")
                        && !table.contains("`domain/" + p + "`,")
                        && !table.contains("`" + p + "`"))
                .sorted()
                .toList();
        assertEquals(List.of(), missing, "domain packages without a row in README.md's module table");
    }

    /**
     * The REST API is described by hand in each application's {@code META-INF/openapi.yaml} (Payara's scanner
     * cannot read our records): every resource method of the code must be there, at its full path from the
     * host's root ({@code /console/api/v1/…}), with its HTTP method, so that the document never falls behind.
     */
    @Test
    void everyRestOperationIsInItsApplicationsOpenApiDocument() throws java.io.IOException {
        Path root = Path.of(System.getProperty("caredesk.root", ".."));
        List<String> missing = new java.util.ArrayList<>();
        missing.addAll(undocumented("org.caredesk.portal", "", root.resolve("portal-web")));
        missing.addAll(undocumented("org.caredesk.console", "/console", root.resolve("agent-console")));
        assertEquals(List.of(), missing, "REST operations missing from META-INF/openapi.yaml");
    }

    private static List<String> undocumented(String rootPackage, String contextRoot, Path module)
            throws java.io.IOException {
        Map<String, java.util.Set<String>> documented =
                OpenApiPaths.read(module.resolve("src/main/resources/META-INF/openapi.yaml"));
        List<String> missing = new java.util.ArrayList<>();
        for (JavaClass type : product) {
            if (!type.getPackageName().startsWith(rootPackage) || !type.isAnnotatedWith("jakarta.ws.rs.Path")) {
                continue;
            }
            String base = contextRoot + "/api" + OpenApiPaths.segment(type.getAnnotationOfType("jakarta.ws.rs.Path"));
            for (var method : type.getMethods()) {
                for (String verb : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                    if (!method.isAnnotatedWith("jakarta.ws.rs." + verb)) {
                        continue;
                    }
                    String path = method.isAnnotatedWith("jakarta.ws.rs.Path")
                            ? base + OpenApiPaths.segment(method.getAnnotationOfType("jakarta.ws.rs.Path"))
                            : base;
                    String key = OpenApiPaths.normalise(path);
                    if (!documented
                            .getOrDefault(key, java.util.Set.of())
                            .contains(verb.toLowerCase(java.util.Locale.ROOT))) {
                        missing.add(verb + " " + path + " (" + type.getSimpleName() + "." + method.getName() + ")");
                    }
                }
            }
        }
        return missing.stream().sorted().toList();
    }

    private static void check(ArchRule rule) {
        rule.check(product);
    }
}
