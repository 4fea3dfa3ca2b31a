package org.caredesk.domain.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caredesk.domain.mail.MailThreading;
import org.caredesk.domain.mail.OutgoingMail;

/**
 * Writes one campaign mail: the person's first name in, every web link of the body routed through
 * the portal's click counter (by its position, so the counter can only lead to the campaign's own
 * links), an open pixel in the HTML part, and the unsubscribe link in the text and the headers.
 */
final class CampaignMail {
    /** Web links in a body: http(s) up to white space or a closing bracket. */
    static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"')\\]]+");

    private final String portal;

    CampaignMail(String portal) {
        this.portal = portal;
    }

    /** The body's links in order: what click number n leads to. */
    static List<String> links(String body) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(body);
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }

    OutgoingMail write(String to, CampaignText text, String firstName, String token, String mailId, boolean italian) {
        String named = text.body().replace("{firstName}", firstName == null ? "" : firstName);
        String api = portal + "/api/v1/campaign-mail/" + token;
        String unsubscribePage = portal + "/unsubscribe.xhtml?t=" + token;
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(italian ? "it" : "en")
                .append("\"><body><div style=\"font-family:sans-serif;white-space:pre-wrap\">");
        Matcher matcher = LINK.matcher(named);
        int last = 0;
        int n = 0;
        while (matcher.find()) {
            String tracked = api + "/click/" + n++;
            plain.append(named, last, matcher.start()).append(tracked);
            html.append(escape(named.substring(last, matcher.start())))
                    .append("<a href=\"")
                    .append(escape(tracked))
                    .append("\">")
                    .append(escape(matcher.group()))
                    .append("</a>");
            last = matcher.end();
        }
        plain.append(named.substring(last));
        html.append(escape(named.substring(last))).append("</div>");
        String footer = italian
                ? "Non vuoi più ricevere questi messaggi? Annulla l'iscrizione: "
                : "No longer want these messages? Unsubscribe: ";
        plain.append("\n\n-- \n").append(footer).append(unsubscribePage).append('\n');
        html.append("<p style=\"font-family:sans-serif;font-size:small\">")
                .append(escape(footer))
                .append("<a href=\"")
                .append(escape(unsubscribePage))
                .append("\">")
                .append(escape(unsubscribePage))
                .append("</a></p><img src=\"")
                .append(escape(api + "/open"))
                .append("\" width=\"1\" height=\"1\" alt=\"\"></body></html>");
        MailThreading threading = new MailThreading(mailId, null, null, MailThreading.AUTO_GENERATED, null);
        return new OutgoingMail(to, text.subject(), plain.toString(), threading, html.toString(), api + "/unsubscribe");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
