package org.caredesk.architecture;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paths and methods of a hand-written OpenAPI document, read from its indentation (two spaces for a path,
 * four for its methods) — enough to compare with the code, without a YAML parser on this module's classpath.
 */
final class OpenApiPaths {
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete|patch):.*$");

    private OpenApiPaths() {}

    /** Normalised path (parameters as {}) → lower-case methods. */
    static Map<String, Set<String>> read(Path document) throws IOException {
        Map<String, Set<String>> operations = new HashMap<>();
        String current = null;
        for (String line : Files.readAllLines(document)) {
            Matcher path = PATH.matcher(line);
            Matcher method = METHOD.matcher(line);
            if (path.matches()) {
                current = normalise(path.group(1));
            } else if (method.matches() && current != null) {
                operations.computeIfAbsent(current, k -> new HashSet<>()).add(method.group(1));
            } else if (!line.startsWith("  ") && !line.isBlank()) {
                current = null;
            }
        }
        return operations;
    }

    /** Parameter names and JAX-RS regular expressions do not matter: {@code /cases/{n: CD-\d+}} is /cases/{}. */
    static String normalise(String path) {
        String plain = path.replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    /** The value of a JAX-RS {@code @Path}, starting with one slash (read from the class file). */
    static String segment(JavaAnnotation<?> path) {
        String value = String.valueOf(path.get("value").orElse(""));
        return value.isEmpty() || value.equals("/") ? "" : value.startsWith("/") ? value : "/" + value;
    }
}
