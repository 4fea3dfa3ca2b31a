package org.caredesk.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * English left on a page rendered in Italian: each English message of a module's bundle that differs from its
 * Italian one (its longest literal piece, placeholders aside) must not appear, nor a bare language code ("en",
 * "it") where a language's name belongs. What people wrote and their names are data, in any language, and are
 * left out: elements marked {@code .timeline-text} or {@code .user-content}.
 */
final class EnglishLeftovers {
    /** A language code standing alone in a cell or after a separator, as "Web form · en" or a column of "it". */
    private static final Pattern BARE_CODE = Pattern.compile("(?m)(^|[·(,]\\s?)(en|it)(\\s?[·),]|$)");

    private final List<String> englishOnly;

    private EnglishLeftovers(List<String> englishOnly) {
        this.englishOnly = englishOnly;
    }

    /**
     * Only the bundle's phrases (several words), not its single words: the console shows consumers' English text
     * and staff names everywhere ("Dana Agent", "it stopped"), which single words like "Agent" would match.
     */
    EnglishLeftovers phrasesOnly() {
        return new EnglishLeftovers(
                englishOnly.stream().filter(p -> p.contains(" ")).toList());
    }

    /** Reads {@code messages.properties} and {@code messages_it.properties} from a module's bundle folder. */
    static EnglishLeftovers of(Path bundles) {
        Properties en = load(bundles.resolve("messages.properties"));
        Properties it = load(bundles.resolve("messages_it.properties"));
        List<String> texts = new ArrayList<>();
        String allItalian = String.join(
                "\n", it.stringPropertyNames().stream().map(it::getProperty).toList());
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key);
            if (value.equals(it.getProperty(key))) {
                continue;
            }
            Arrays.stream(value.replace("''", "'").split("\\{[0-9][^}]*}|<[^>]+>"))
                    .map(String::trim)
                    .max(Comparator.comparingInt(String::length))
                    .filter(piece -> piece.contains(" ")
                            ? piece.length() >= 8 && !it.getProperty(key, "").contains(piece)
                            // a single word counts when Italian never uses it ("Send", not "Chat" or "E-mail")
                            : piece.length() >= 4
                                    && piece.chars().allMatch(Character::isLetter)
                                    && !allItalian.contains(piece))
                    .ifPresent(texts::add);
        }
        return new EnglishLeftovers(texts);
    }

    int size() {
        return englishOnly.size();
    }

    /** Opens {@code page} and names every English text and bare language code on it, one line each. */
    List<String> on(Browser browser, String page) {
        browser.go(page);
        browser.waitFor(page + " loaded", d -> "complete".equals(browser.script("return document.readyState")));
        String lang = browser.find(By.tagName("html")).getAttribute("lang");
        String text = browser.script(
                        "var b = document.body.cloneNode(true);"
                                + " b.querySelectorAll('.timeline-text, .user-content, script').forEach(e => e.remove());"
                                + " document.documentElement.appendChild(b); b.style.display = 'block'; var t = b.innerText; b.remove(); return t;")
                + "\n"
                + browser.script(
                        "return Array.from(document.querySelectorAll('[placeholder],[title],[aria-label],input[type=submit][value]'))"
                                + ".map(e => [e.placeholder, e.title, e.getAttribute('aria-label'), e.value].filter(Boolean).join(' ')).join('\\n');");
        List<String> found = new ArrayList<>();
        if (!"it".equals(lang)) {
            found.add(page + ": html lang is " + lang);
        }
        for (String phrase : englishOnly) {
            boolean word = !phrase.contains(" ");
            if (word
                    ? Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])")
                            .matcher(text)
                            .find()
                    : text.contains(phrase)) {
                found.add(page + ": \"" + phrase + "\"");
            }
        }
        var codes = BARE_CODE.matcher(text);
        while (codes.find()) {
            found.add(
                    page + ": bare language code \"" + codes.group(2) + "\" in \"" + line(text, codes.start(2)) + "\"");
        }
        return found;
    }

    private static String line(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end).trim();
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("the message bundles are read from the source tree: " + file, e);
        }
        return properties;
    }
}
