package org.caredesk.system;

import static org.caredesk.system.Api.ALICE;
import static org.caredesk.system.Api.ALICE_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Every portal page rendered in Italian shows no text of the English bundle: each English message that
 * differs from its Italian one (its longest literal piece, placeholders aside) must not appear on the page.
 * What consumers and staff wrote, and their names, are left out: they are data, in any language.
 */
@ExtendWith(RunningCareDesk.class)
class ItalianPagesIT {
    private static final Path BUNDLES = Path.of(
            System.getProperty("caredesk.portal.bundles", "../portal-web/src/main/resources/org/caredesk/portal"));

    private final CareDesk app;
    private final Api api;

    ItalianPagesIT(CareDesk app) {
        this.app = app;
        this.api = new Api(app);
    }

    @BeforeAll
    static void browsersAvailable() {
        Browser.assumeAvailable();
    }

    @Test
    void noEnglishTextOnAnyItalianPortalPage() {
        List<String> english = englishOnlyTexts();
        assertTrue(english.size() > 100, "the English bundle was read: " + english.size() + " texts");
        String caseNumber = api.createCaseAsAlice(Api.unique("ItalianPagesIT"), "La cinghia si è rotta.")
                .getString("caseNumber");
        List<String> found = new ArrayList<>();
        try (Browser browser = Browser.open(app)) {
            browser.go("/");
            new Select(browser.visible(By.id("languageForm:language"))).selectByValue("it");
            browser.waitFor("the portal in Italian", d -> "it"
                    .equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            for (String page : AccessibilityIT.PUBLIC_PORTAL) {
                found.addAll(englishOn(browser, page, english));
            }
            browser.signInToPortal(ALICE, ALICE_PASSWORD);
            for (String page : AccessibilityIT.ACCOUNT_PORTAL) {
                found.addAll(englishOn(browser, page, english));
            }
            found.addAll(englishOn(browser, "/account/case.xhtml?case=" + caseNumber, english));
        }
        assertTrue(found.isEmpty(), "English text on Italian pages:\n" + String.join("\n", found));
    }

    private static List<String> englishOn(Browser browser, String page, List<String> english) {
        browser.go(page);
        String lang = browser.find(By.tagName("html")).getAttribute("lang");
        // What people wrote and people's names are theirs, in whatever language (.timeline-text, .user-content).
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
        for (String phrase : english) {
            boolean word = !phrase.contains(" ");
            if (word
                    ? java.util.regex.Pattern.compile(
                                    "(?<![\\p{L}])" + java.util.regex.Pattern.quote(phrase) + "(?![\\p{L}])")
                            .matcher(text)
                            .find()
                    : text.contains(phrase)) {
                found.add(page + ": \"" + phrase + "\"");
            }
        }
        return found;
    }

    /** The longest literal piece of each English message whose Italian differs; short or shared words are left out. */
    private static List<String> englishOnlyTexts() {
        Properties en = load(BUNDLES.resolve("messages.properties"));
        Properties it = load(BUNDLES.resolve("messages_it.properties"));
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
        return texts;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("the portal's message bundles are read from the source tree: " + file, e);
        }
        return properties;
    }
}
