package org.caredesk.kb.realtext;

/** FAQ answers are plain text; articles hold HTML, so the text is escaped before it is indexed. */
final class FaqText {

    private FaqText() {}

    static String asHtml(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The plain text back, for the baselines that index text rather than articles. */
    static String plain(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
