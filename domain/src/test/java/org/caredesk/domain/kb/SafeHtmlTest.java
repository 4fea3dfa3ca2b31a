package org.caredesk.domain.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void plainFormattingIsKept() {
        assertEquals(
                "<h2>Steps</h2><ol><li><strong>Unplug</strong> it</li></ol><p>Done.<br></p>",
                SafeHtml.of("<h2>Steps</h2><ol><li><strong>Unplug</strong> it</li></ol><p>Done.<br/></p>"));
    }

    @Test
    void scriptsAndAttributesAreDropped() {
        assertEquals("", SafeHtml.of("<script>alert(1)</script>"));
        assertEquals("<p>hi</p>", SafeHtml.of("<p onclick=\"x()\">hi</p>"));
        assertEquals("", SafeHtml.of("<img src=x onerror=alert(1)>"));
    }

    @Test
    void textIsEscaped() {
        assertEquals("Tom &amp; Jerry '&lt;3'", SafeHtml.of("Tom & Jerry '<3'"));
        assertEquals("", SafeHtml.of(null));
    }
}
