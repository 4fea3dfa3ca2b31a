package org.caredesk.domain.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditorHtmlTest {

    @Test
    void quillBulletListsBecomeUnorderedLists() {
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Unplug</li>"
                + "<li data-list=\"bullet\">Wait</li></ol><ol><li data-list=\"ordered\">First</li></ol>";
        assertEquals("<ul><li>Unplug</li><li>Wait</li></ul><ol><li>First</li></ol>", EditorHtml.clean(quill));
    }

    @Test
    void attributesAndUnknownTagsGoTheTextStays() {
        assertEquals(
                "<p>Read <strong>this</strong> link</p>",
                EditorHtml.clean(
                        "<p class=\"x\" style=\"color:red\">Read <strong>this</strong> <a href=\"javascript:x()\">link</a></p>"));
        assertEquals("<h2>Title</h2><p>ok</p>", EditorHtml.clean("<h1>Title</h1><p>ok</p><p><br></p>"));
    }

    @Test
    void scriptsAndStylesGoWithTheirContent() {
        assertEquals(
                "<p>a</p><p>b</p>", EditorHtml.clean("<p>a</p><script>alert(1)</script><style>p{}</style><p>b</p>"));
    }

    @Test
    void characterReferencesAreDecodedSoSafeHtmlShowsThemOnce() {
        String cleaned = EditorHtml.clean("<p>Tom &amp; Jerry&nbsp;say &lt;hi&gt;</p>");
        assertEquals("<p>Tom &amp; Jerry say &lt;hi&gt;</p>", cleaned);
        assertEquals("<p>Tom &amp; Jerry say &lt;hi&gt;</p>", SafeHtml.of(cleaned));
        assertEquals("", EditorHtml.clean(null));
    }
}
