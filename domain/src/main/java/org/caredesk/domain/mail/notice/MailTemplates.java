package org.caredesk.domain.mail.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The wording of the transactional mails: the built-in one, or what a supervisor saved; rendering and preview. */
@ApplicationScoped
@Transactional
public class MailTemplates {
    public static final List<String> LANGUAGES = List.of("en", "it");
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 8000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final List<String> KNOWN =
            List.of("caseNumber", "subject", "name", "message", "reply", "trackingLink", "ratingLink");

    private final EntityManager entityManager;

    protected MailTemplates() {
        this(null);
    }

    @Inject
    public MailTemplates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public MailTemplate get(NoticeKind kind, String language) {
        String lang = LANGUAGES.contains(language) ? language : "en";
        MailTemplateRow row = entityManager.find(MailTemplateRow.class, new MailTemplateRow.Key(kind.wireName(), lang));
        return row != null ? row.toTemplate() : DefaultTemplates.of(kind, lang);
    }

    public List<MailTemplate> all() {
        List<MailTemplate> all = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (String language : LANGUAGES) {
                all.add(get(kind, language));
            }
        }
        return all;
    }

    /** Saves a supervisor's wording; refused ({@link InvalidTemplate}, with the reason) when it cannot be used. */
    public void save(NoticeKind kind, String language, String subject, String body) {
        validate(language, subject, body);
        MailTemplateRow row =
                entityManager.find(MailTemplateRow.class, new MailTemplateRow.Key(kind.wireName(), language));
        if (row == null) {
            entityManager.persist(new MailTemplateRow(kind, language, subject.strip(), body.strip()));
        } else {
            row.update(subject.strip(), body.strip());
        }
    }

    /** Back to the built-in wording. */
    public void reset(NoticeKind kind, String language) {
        MailTemplateRow row =
                entityManager.find(MailTemplateRow.class, new MailTemplateRow.Key(kind.wireName(), language));
        if (row != null) {
            entityManager.remove(row);
        }
    }

    /** What the mail looks like with sample values, for the editor's preview. */
    public RenderedMail preview(String language, String subject, String body) {
        validate(language, subject, body);
        boolean it = "it".equals(language);
        Map<String, String> sample = Map.of(
                "caseNumber",
                "CD-100123",
                "subject",
                it ? "Il frullatore si surriscalda" : "The blender overheats",
                "name",
                it ? "Giulia" : "Alice",
                "message",
                it ? "> Il frullatore si spegne dopo un minuto." : "> The blender stops after a minute.",
                "reply",
                it
                        ? "Le mandiamo un nuovo cavo entro tre giorni."
                        : "We are sending you a new cable within three days.",
                "trackingLink",
                "https://caredesk.example/case-status.xhtml?case=CD-100123&code=ABCD2345EFGH",
                "ratingLink",
                "https://caredesk.example/account/case.xhtml?case=CD-100123");
        return render(new MailTemplate(null, language, subject, body, true), sample);
    }

    static RenderedMail render(MailTemplate template, Map<String, String> values) {
        return new RenderedMail(
                fill(template.subject(), values).replaceAll("[\\r\\n]+", " ").strip(), fill(template.body(), values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void validate(String language, String subject, String body) {
        if (!LANGUAGES.contains(language)) {
            throw new InvalidTemplate("language", null, "The language must be en or it");
        }
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw new InvalidTemplate("subject", null, "The subject must have 1 to " + MAX_SUBJECT + " characters");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new InvalidTemplate("body", null, "The text must have 1 to " + MAX_BODY + " characters");
        }
        Matcher m = PLACEHOLDER.matcher(subject + body);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                throw new InvalidTemplate(
                        "placeholder",
                        "{" + m.group(1) + "}",
                        "Unknown placeholder {" + m.group(1) + "}; known: "
                                + String.join(
                                        ", ",
                                        KNOWN.stream().map(k -> "{" + k + "}").toList()));
            }
        }
    }
}
