package org.caredesk.portal.kb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.caredesk.domain.kb.SafeHtml;

/** Lets pages show an article's HTML through {@link SafeHtml}. */
@Named
@ApplicationScoped
public class ArticleBody {
    public String of(String html) {
        return SafeHtml.of(html);
    }
}
