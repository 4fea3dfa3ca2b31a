package org.caredesk.domain.kb;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeHtmlTest {

    @Test
    void plainFormattingIsKept() {
        assertEquals("<h2>Steps</h2><ol><li><strong>Unplug</strong> it</li></ol><p>Done.<br></p>",
                SafeHtml.of("<h2>Steps</h2><ol><li><strong>Unplug</strong> it</li></ol><p>Done.<br/></p>"));
    }

    @Test
    void scriptsAndAttributesAreShownAsText() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", SafeHtml.of("<script>alert(1)</script>"));
        assertEquals("&lt;p onclick=&quot;x()&quot;&gt;hi</p>", SafeHtml.of("<p onclick=\"x()\">hi</p>"));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", SafeHtml.of("<img src=x onerror=alert(1)>"));
    }

    @Test
    void textIsEscaped() {
        assertEquals("Tom &amp; Jerry &#39;&lt;3&#39;", SafeHtml.of("Tom & Jerry '<3'"));
        assertEquals("", SafeHtml.of(null));
    }
}
