package org.caredesk.portal.kb;

import java.time.Instant;
import java.util.List;

/** One published article as the API gives it. */
public record ArticleResponse(
        long id,
        String title,
        String body,
        String language,
        String category,
        List<String> tags,
        List<String> products,
        Instant updatedAt,
        String url) {}
