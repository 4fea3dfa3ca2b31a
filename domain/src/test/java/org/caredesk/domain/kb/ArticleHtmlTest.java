package org.caredesk.domain.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ArticleHtmlTest {

    @Test
    void scriptsHandlersAndJavascriptLinksAreRemoved() {
        String attack = "<p onclick=\"steal()\">Hi<script>alert(1)</script></p><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">click</a><iframe src=\"https://evil.example\"></iframe>"
                + "<svg onload=alert(4)></svg><style>body{display:none}</style>";
        String clean = ArticleHtml.clean(attack);
        assertEquals("<p>Hi</p>click", clean);
        for (String bad :
                new String[] {"script", "onerror", "onclick", "javascript:", "iframe", "svg", "style", "alert"}) {
            assertFalse(clean.toLowerCase().contains(bad), bad + " survived: " + clean);
        }
    }

    @Test
    void formattingStaysAndTextIsEscaped() {
        assertEquals(
                "<h2>Steps</h2><ol><li><strong>Unplug</strong> it</li></ol><p>Tom &amp; Jerry say &lt;hi&gt;<br></p>",
                ArticleHtml.clean("<h1>Steps</h1><ol><li><strong class=\"x\">Unplug</strong> it</li></ol>"
                        + "<p style=\"color:red\">Tom &amp; Jerry say &lt;hi&gt;<br/></p>"));
    }

    @Test
    void cleaningTwiceChangesNothing() {
        String once = ArticleHtml.clean("<p>a &lt;script&gt; b &amp; c</p><ul><li>x</li></ul>");
        assertEquals(once, ArticleHtml.clean(once));
        assertEquals("", ArticleHtml.clean(null));
    }
}
