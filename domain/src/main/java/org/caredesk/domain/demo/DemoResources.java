package org.caredesk.domain.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the demo articles and message templates from the classpath (UTF-8). */
final class DemoResources {

    static final String ARTICLE_INDEX = "/demo/articles/index.txt";

    /** The article categories the demo knowledge base uses. */
    static final Set<String> ARTICLE_CATEGORIES = Set.of(
            "billing",
            "delivery",
            "returns",
            "warranty",
            "product-safety",
            "account-access",
            "privacy",
            "troubleshooting");

    static final Set<String> HAZARDS = Set.of(
            "fire", "electric-shock", "injury", "choking", "allergy-contamination", "overheating", "vehicle-failure");

    /**
     * A message template.
     *
     * @param sentiment negative, neutral or positive
     * @param hazard    null or a hazard type
     * @param channels  channel names the template suits
     * @param cats      null: not about a product; empty: any product; else product tags (category, code, electric,
     *                  battery, smart, descale), "!tag" excluding
     * @param subject   subject template
     * @param text      text template with {slot}s
     */
    record Template(
            String language,
            String sentiment,
            String hazard,
            Set<String> channels,
            Set<String> cats,
            String subject,
            String text,
            int line) {

        boolean needsProduct() {
            return cats != null;
        }

        /** Whether the template can be about this product: no excluded tag ("!x") and, if any, one listed tag. */
        boolean suits(DemoCatalog.Spec product) {
            if (cats == null) {
                return false;
            }
            Set<String> tags = product.tags();
            boolean positives = false;
            boolean match = false;
            for (String c : cats) {
                if (c.startsWith("!")) {
                    if (tags.contains(c.substring(1))) {
                        return false;
                    }
                } else {
                    positives = true;
                    match |= tags.contains(c);
                }
            }
            return !positives || match;
        }

        /** Whether the template is written for particular products rather than for any product. */
        boolean specific() {
            return cats != null && cats.stream().anyMatch(c -> !c.startsWith("!"));
        }
    }

    private DemoResources() {}

    static List<String> readLines(String resource) {
        InputStream in = DemoResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("demo resource missing from the classpath: " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    // ---------------------------------------------------------------- articles

    /** All articles listed in {@value #ARTICLE_INDEX}, in index order. */
    static List<DemoArticle> articles() {
        List<DemoArticle> out = new ArrayList<>();
        for (String entry : readLines(ARTICLE_INDEX)) {
            String e = entry.strip();
            if (e.isEmpty() || e.startsWith("#")) {
                continue;
            }
            out.add(parseArticle(e, readLines("/demo/articles/" + e)));
        }
        return List.copyOf(out);
    }

    /**
     * Parses one article file: a header comment {@code <!-- key: value ... -->} (title, category, tags,
     * products) followed by the HTML body. The slug and language come from the path {@code lang/slug.html}.
     */
    static DemoArticle parseArticle(String path, List<String> lines) {
        int slash = path.indexOf('/');
        String language = path.substring(0, slash);
        String slug = path.substring(slash + 1).replaceFirst("\\.html$", "");
        String title = null;
        String category = null;
        List<String> tags = List.of();
        List<String> products = List.of();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !lines.get(i).strip().equals("<!--")) {
            throw new IllegalStateException(path + ": header block <!-- ... --> expected");
        }
        for (i++; i < lines.size() && !lines.get(i).strip().equals("-->"); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "category" -> category = value;
                case "tags" -> tags = splitList(value);
                case "products" -> products = splitList(value);
                default -> {
                    /* ignore unknown keys */
                }
            }
        }
        if (title == null || category == null) {
            throw new IllegalStateException(path + ": title and category are required");
        }
        StringBuilder body = new StringBuilder();
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                body.append(line).append('\n');
            }
        }
        return new DemoArticle(slug, language, title, body.toString().strip(), category, tags, products);
    }

    private static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- templates

    /**
     * The message templates of one language, from {@code /demo/templates/<lang>.txt}: one a line,
     * {@code sentiment|hazard|channels|categories|subject|text}; sentiment neg, neu or pos; hazard "-" or a
     * type; channels letters w(eb) e(mail) p(hone) c(hat) s(ocial) or "*" for all written channels;
     * categories "-" (no product), "*" (any product) or a comma list of product tags (see
     * {@link DemoCatalog.Spec#tags()}), "!tag" excluding;
     * a literal "\n" in the text is a line break.
     */
    static List<Template> templates(String language) {
        String resource = "/demo/templates/" + language + ".txt";
        List<Template> out = new ArrayList<>();
        List<String> lines = readLines(resource);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", 6);
            if (f.length != 6) {
                throw new IllegalStateException(resource + ":" + (n + 1) + ": 6 fields expected");
            }
            String sentiment =
                    switch (f[0].strip()) {
                        case "neg" -> "negative";
                        case "neu" -> "neutral";
                        case "pos" -> "positive";
                        default ->
                            throw new IllegalStateException(resource + ":" + (n + 1) + ": bad sentiment " + f[0]);
                    };
            String hazard = f[1].strip().equals("-") ? null : f[1].strip();
            if (hazard != null && !HAZARDS.contains(hazard)) {
                throw new IllegalStateException(resource + ":" + (n + 1) + ": bad hazard " + hazard);
            }
            Set<String> channels = new LinkedHashSet<>();
            String ch = f[2].strip().equals("*") ? "wecs" : f[2].strip();
            for (char c : ch.toCharArray()) {
                channels.add(
                        switch (c) {
                            case 'w' -> "web";
                            case 'e' -> "email";
                            case 'p' -> "phone";
                            case 'c' -> "chat";
                            case 's' -> "social";
                            default -> throw new IllegalStateException(resource + ":" + (n + 1) + ": bad channel " + c);
                        });
            }
            String c = f[3].strip();
            Set<String> cats =
                    c.equals("-") ? null : c.equals("*") ? Set.of() : Set.copyOf(Arrays.asList(c.split("\\s*,\\s*")));
            String text = f[5].strip().replace("\\n", "\n");
            out.add(new Template(language, sentiment, hazard, Set.copyOf(channels), cats, f[4].strip(), text, n + 1));
        }
        return List.copyOf(out);
    }
}
